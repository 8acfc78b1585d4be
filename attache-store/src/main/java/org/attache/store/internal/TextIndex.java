package org.attache.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index over article text and quotes: one Lucene document per article and per quote,
 * with {@code actor}, {@code outlet} and {@code day} fields for filtering. DuckDB is the source of
 * truth; the index records in its commit data the last document sequence number it holds, and
 * {@link #catchUp} indexes whatever DuckDB has beyond it, so a crash between the two commits (or a
 * deleted index folder) is repaired on the next writable open. A batch the store has just written
 * is indexed from the writer's own rows ({@link #add}). The writer is not thread-safe.
 */
public final class TextIndex implements AutoCloseable {

  static final String SEQ = "attache.seq";
  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String QUOTE = "quote";
  private static final int CHUNK = 5_000;

  private static final FieldType TEXT = offsetsType();

  private final Directory dir;
  private final IndexWriter writer;
  private volatile long indexed;

  private TextIndex(Directory dir, IndexWriter writer, long indexed) {
    this.dir = dir;
    this.writer = writer;
    this.indexed = indexed;
  }

  static Analyzer analyzer() {
    return new StandardAnalyzer();
  }

  /** Opens (creating if absent) the index in {@code folder} for writing. */
  public static TextIndex open(Path folder) throws IOException {
    Files.createDirectories(folder);
    Directory dir = FSDirectory.open(folder);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(128);
    IndexWriter w = new IndexWriter(dir, cfg);
    return new TextIndex(dir, w, lastSeq(w));
  }

  /** Returns the last document sequence number the committed index holds. */
  public long indexed() {
    return indexed;
  }

  /**
   * One stored article as the index takes it: what its documents row, roles and quotes say, and
   * whether the index may hold an earlier version of it ({@code replaces}), whose documents must
   * go first. Looking up a deletion in every segment costs more than the rest of a batch's
   * indexing, so an article known to be new skips it.
   */
  record Entry(String doc, String title, String text, String published, LocalDate day, String outlet, boolean duplicate, boolean replaces,
               List<String> actors, List<QuoteEntry> quotes) {}

  /** One stored quote as the index takes it; the speaker's name is the stored actor's. */
  record QuoteEntry(long id, String text, String speakerId, String speakerName) {}

  /**
   * Indexes the articles a batch has just stored with sequence numbers {@code after + 1} to
   * {@code upTo}, from the rows the writer wrote rather than by reading them back (which costs a
   * scan of the roles and quotes tables per batch), and commits. If the index is behind the
   * batch, it catches up from DuckDB instead, which covers the batch too.
   */
  public int add(Connection c, long after, long upTo, List<Entry> entries) throws SQLException, IOException {
    if (indexed != after) {
      return catchUp(c);
    }
    if (upTo > after) {
      write(entries);
      commit(upTo);
    }
    return indexedArticles(entries);
  }

  /** Indexes every document DuckDB holds beyond {@link #indexed()}, and commits. Returns how many. */
  public int catchUp(Connection c) throws SQLException, IOException {
    long target = maxSeq(c);
    int n = 0;
    while (indexed < target) {
      long upTo = Math.min(target, indexed + CHUNK);
      List<Entry> entries = read(c, indexed, upTo);
      write(entries);
      n += indexedArticles(entries);
      commit(upTo);
    }
    return n;
  }

  /** Empties the index and indexes every document again. */
  public int rebuild(Connection c) throws SQLException, IOException {
    writer.deleteAll();
    commit(0);
    return catchUp(c);
  }

  private void commit(long upTo) throws IOException {
    writer.setLiveCommitData(Map.of(SEQ, Long.toString(upTo)).entrySet());
    writer.commit();
    indexed = upTo;
  }

  /** Replaces each entry's documents: a duplicate's are only removed, since a copy is not indexed. */
  private void write(List<Entry> entries) throws IOException {
    for (Entry e : entries) {
      if (e.replaces()) {
        writer.deleteDocuments(new Term("doc", e.doc()));
      }
      if (e.duplicate()) {
        continue;
      }
      Document d = base(ARTICLE, e.doc(), e.outlet(), e.day(), e.published(), e.actors());
      d.add(new StringField("id", e.doc(), Field.Store.YES));
      d.add(new Field("title", e.title(), TEXT));
      d.add(new Field("text", e.text(), TEXT));
      writer.addDocument(d);
      for (QuoteEntry q : e.quotes()) {
        writer.addDocument(quote(e, q));
      }
    }
  }

  /** A quote's document: filtered by its article's outlet, day and actors, and by its speaker. */
  private static Document quote(Entry e, QuoteEntry q) {
    Document d = base(QUOTE, e.doc(), e.outlet(), e.day(), e.published(), e.actors());
    d.add(new StringField("id", "q" + q.id(), Field.Store.YES));
    d.add(new Field("text", q.text(), TEXT));
    if (q.speakerId() != null) {
      d.add(new StringField("speaker", q.speakerId(), Field.Store.NO));
      d.add(new StoredField("speaker_name", q.speakerName() == null ? q.speakerId() : q.speakerName()));
    }
    return d;
  }

  private static int indexedArticles(List<Entry> entries) {
    return (int) entries.stream().filter(e -> !e.duplicate()).count();
  }

  /** Reads back the entries of the articles with sequence numbers {@code after + 1} to {@code upTo}. */
  private static List<Entry> read(Connection c, long after, long upTo) throws SQLException {
    Map<String, List<String>> actors = actorsOf(c, after, upTo);
    Map<String, List<QuoteEntry>> quotes = quotesOf(c, after, upTo);
    List<Entry> out = new ArrayList<>();
    String sql = "SELECT doc_id, title, text, published, published_day, outlet, duplicate_of FROM documents WHERE seq > ? AND seq <= ?"
        + " ORDER BY seq";
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(after, upTo)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String doc = r.getString(1);
        out.add(new Entry(doc, r.getString(2), r.getString(3), r.getString(4), r.getObject(5, LocalDate.class), r.getString(6),
            r.getString(7) != null, true, actors.getOrDefault(doc, List.of()), quotes.getOrDefault(doc, List.of())));
      }
    }
    return out;
  }

  private static Map<String, List<QuoteEntry>> quotesOf(Connection c, long after, long upTo) throws SQLException {
    Map<String, List<QuoteEntry>> out = new HashMap<>();
    String sql = "SELECT q.doc_id, q.quote_id, q.text, q.speaker_id, s.name FROM quotes q JOIN documents d ON d.doc_id = q.doc_id"
        + " LEFT JOIN actors s ON s.actor_id = q.speaker_id WHERE d.seq > ? AND d.seq <= ? ORDER BY q.quote_id";
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(after, upTo)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new QuoteEntry(r.getLong(2), r.getString(3), r.getString(4),
            r.getString(5)));
      }
    }
    return out;
  }

  private static Document base(String kind, String doc, String outlet, LocalDate day, String published, List<String> actors) {
    Document d = new Document();
    d.add(new StringField(KIND, kind, Field.Store.NO));
    d.add(new StringField("doc", doc, Field.Store.YES));
    if (outlet != null) {
      d.add(new StringField("outlet", outlet.toLowerCase(Locale.ROOT), Field.Store.NO));
      d.add(new StoredField("outlet_name", outlet));
    }
    if (day != null) {
      d.add(new LongPoint("day", day.toEpochDay()));
    }
    if (published != null) {
      d.add(new StoredField("published", published));
    }
    for (String a : actors) {
      d.add(new StringField("actor", a, Field.Store.NO));
    }
    return d;
  }

  private static Map<String, List<String>> actorsOf(Connection c, long after, long upTo) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    String sql = "SELECT r.doc_id, r.actor_id FROM roles r JOIN documents d ON d.doc_id = r.doc_id WHERE d.seq > ? AND d.seq <= ?";
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(after, upTo)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
      }
    }
    return out;
  }

  static long maxSeq(Connection c) throws SQLException {
    try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long lastSeq(IndexWriter w) {
    for (Map.Entry<String, String> e : w.getLiveCommitData()) {
      if (e.getKey().equals(SEQ)) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  /** Returns the last sequence number the committed index in {@code folder} holds, 0 when there is none. */
  public static long committedSeq(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Directory d = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(d)) {
        return 0;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        String v = r.getIndexCommit().getUserData().get(SEQ);
        return v == null ? 0 : Long.parseLong(v);
      }
    }
  }

  private static FieldType offsetsType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    dir.close();
  }
}
