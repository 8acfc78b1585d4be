package org.attache.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.store.ActorProfile;
import org.attache.store.ActorQuery;
import org.attache.store.ActorSummary;
import org.attache.store.AddResult;
import org.attache.store.DateRange;
import org.attache.store.DocumentQuery;
import org.attache.store.DocumentSummary;
import org.attache.store.EventQuery;
import org.attache.store.ExportFormat;
import org.attache.store.FramingCount;
import org.attache.store.FramingTerms;
import org.attache.store.Graph;
import org.attache.store.Period;
import org.attache.store.QuoteQuery;
import org.attache.store.SearchHit;
import org.attache.store.SearchQuery;
import org.attache.store.StoreException;
import org.attache.store.StoredDocument;
import org.attache.store.StoredQuote;
import org.attache.store.Timeline;
import org.attache.store.TimelineEvent;
import org.duckdb.DuckDBConnection;

/**
 * The open store behind {@link org.attache.store.KnowledgeBase}: the store's own DuckDB connection
 * with the lock and the Lucene writer when writable, a pool of connections for queries, and the
 * shared searcher. Thread-safe: queries run in parallel, each on a connection of its own and in one
 * transaction; writes take turns on the store's connection and never block a query. Every JDBC
 * failure becomes a {@link StoreException} naming the store.
 */
public final class Store implements AutoCloseable {

  public static final String DATABASE = "attache.duckdb";
  public static final String INDEX = "index";
  /** Articles per look-up in {@link #stored}: one scan of the ids each, with a parameter list still quick to prepare. */
  private static final int LOOKUP_CHUNK = 500;

  /** A piece of work on the connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(DuckDBConnection c) throws SQLException, IOException;
  }

  private final Path dir;
  private final DuckDBConnection c;
  private final StoreLock lock;
  private final TextIndex index;
  private final BatchWriter writer;
  private final TextSearch search;
  private final ReadConnections readers;
  private final Object writing = new Object();

  private Store(Path dir, DuckDBConnection c, StoreLock lock, TextIndex index, BatchWriter writer) {
    this.dir = dir;
    this.c = c;
    this.lock = lock;
    this.index = index;
    this.writer = writer;
    this.search = new TextSearch(dir.resolve(INDEX));
    this.readers = new ReadConnections(c);
  }

  public static Store writable(Path dir) {
    StoreLock lock = null;
    DuckDBConnection c = null;
    try {
      Files.createDirectories(dir);
      lock = StoreLock.acquire(dir);
      c = connect(dir, false, true);
      Schema.prepare(c, dir.resolve(DATABASE), true);
      c.setAutoCommit(false);
      BatchWriter writer = new BatchWriter(c);
      TextIndex index = TextIndex.open(dir.resolve(INDEX));
      index.catchUp(c);
      c.commit();
      return new Store(dir, c, lock, index, writer);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(c);
      if (lock != null) {
        lock.close();
      }
      throw wrap(e, "cannot open store " + dir);
    }
  }

  public static Store readOnly(Path dir) {
    if (!Files.isRegularFile(dir.resolve(DATABASE))) {
      throw new StoreException("no store at " + dir + " (no " + DATABASE + "); run `attache ingest --store " + dir + " PATH...` first");
    }
    try {
      DuckDBConnection c = connect(dir, true, true);
      try {
        Schema.prepare(c, dir.resolve(DATABASE), false);
      } catch (SQLException | RuntimeException e) {
        closeQuietly(c);
        throw e;
      }
      return new Store(dir, c, null, null, null);
    } catch (SQLException e) {
      throw wrap(e, "cannot open store " + dir + " read-only");
    }
  }

  static DuckDBConnection connect(Path dir, boolean readOnly, boolean externalAccess) throws SQLException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    if (!externalAccess) {
      p.setProperty("enable_external_access", "false");
    }
    try {
      return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DATABASE).toAbsolutePath(), p);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("lock") || m.contains("Conflicting lock")) {
        throw new StoreException("store " + dir + " is being written by another process; try again when it has finished (" + firstLine(m) + ")", e);
      }
      throw e;
    }
  }

  public boolean writable() {
    return writer != null;
  }

  public AddResult add(List<Analysis> batch) {
    requireWritable("add");
    AddResult added = write("cannot store batch", cn -> {
      BatchWriter.Written w = writer.write(batch);
      index.add(cn, w.after(), w.upTo(), w.entries());
      cn.commit();
      return w.result();
    });
    refreshSearch();
    return added;
  }

  public boolean isStored(Article a) {
    return stored(List.of(a)).contains(a.id());
  }

  public Set<String> stored(List<Article> articles) {
    return work("cannot look up stored articles", cn -> {
      Set<String> out = new HashSet<>();
      for (int from = 0; from < articles.size(); from += LOOKUP_CHUNK) {
        List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + LOOKUP_CHUNK));
        Map<String, String> hashes = new HashMap<>();
        chunk.forEach(a -> hashes.put(a.id(), ContentHash.of(a)));
        String sql = "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (" + Sql.marks(hashes.size()) + ")";
        try (var p = Sql.prepare(cn, sql, List.copyOf(hashes.keySet())); var r = p.executeQuery()) {
          while (r.next()) {
            if (r.getString(2).equals(hashes.get(r.getString(1)))) {
              out.add(r.getString(1));
            }
          }
        }
      }
      return out;
    });
  }

  public long documents() {
    return work("cannot count documents", cn -> {
      try (var s = cn.createStatement(); var r = s.executeQuery("SELECT count(*) FROM documents")) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  /** Returns how many document sequence numbers the search index lags behind the database. */
  public long indexLag() {
    return work("cannot read index state", cn -> TextIndex.maxSeq(cn) - (index != null ? index.indexed() : TextIndex.committedSeq(dir.resolve(INDEX))));
  }

  public int reindex() {
    requireWritable("reindex");
    int n = write("cannot rebuild the index", cn -> index.rebuild(cn));
    refreshSearch();
    return n;
  }

  public List<SearchHit> search(SearchQuery q) {
    List<String> ids = q.actor().isEmpty() ? List.of() : work("cannot resolve actor", cn -> ActorNames.ids(ActorNames.resolve(cn, q.actor().get())));
    try {
      return search.search(q, ids);
    } catch (IOException e) {
      throw new StoreException("cannot search store " + dir + ": " + e.getMessage(), e);
    }
  }

  public List<StoredQuote> quotes(QuoteQuery q) {
    return work("cannot list quotes", cn -> QuoteRows.find(cn, q));
  }

  public Timeline timeline(String a, String b, Period by, int eventsPerPeriod) {
    return work("cannot build timeline", cn -> Timelines.between(cn, a, b, by, eventsPerPeriod));
  }

  public Optional<ActorProfile> actor(String name) {
    return work("cannot build actor profile", cn -> Profiles.of(cn, name));
  }

  public Graph graph(DateRange dates) {
    return work("cannot build graph", cn -> Graphs.of(cn, dates));
  }

  public List<FramingCount> framing(FramingTerms terms) {
    return work("cannot count framing terms", cn -> Framing.count(cn, terms));
  }

  public List<DocumentSummary> documents(DocumentQuery q) {
    return work("cannot list documents", cn -> DocumentRows.find(cn, q));
  }

  public Optional<StoredDocument> document(String doc) {
    return work("cannot read document " + doc, cn -> DocumentRows.one(cn, doc));
  }

  public List<ActorSummary> actors(ActorQuery q) {
    return work("cannot list actors", cn -> ActorRows.find(cn, q));
  }

  public List<TimelineEvent> events(EventQuery q) {
    return work("cannot list events", cn -> EventRows.find(cn, q));
  }

  public List<Path> export(ExportFormat format, Path out) {
    return work("cannot export", cn -> {
      Files.createDirectories(out);
      return Exports.write(cn, format, out);
    });
  }

  public Path directory() {
    return dir;
  }

  /** Runs a query on a connection of its own, in parallel with other queries and with a write. */
  private <T> T work(String what, Work<T> w) {
    try {
      return readers.run(w);
    } catch (SQLException | IOException e) {
      throw wrap(e, what + " in store " + dir);
    }
  }

  /** Runs a write on the store's connection, one at a time. */
  private <T> T write(String what, Work<T> w) {
    synchronized (writing) {
      try {
        return w.run(c);
      } catch (SQLException | IOException e) {
        throw wrap(e, what + " in store " + dir);
      }
    }
  }

  private void refreshSearch() {
    try {
      search.refresh();
    } catch (IOException e) {
      throw new StoreException("cannot reopen the search index of store " + dir + ": " + e.getMessage(), e);
    }
  }

  private void requireWritable(String op) {
    if (writer == null) {
      throw new IllegalStateException("store " + dir + " is open read-only; " + op + " needs KnowledgeBase.open");
    }
  }

  private static StoreException wrap(Exception e, String what) {
    if (e instanceof StoreException) {
      return (StoreException) e;
    }
    if (e instanceof IllegalArgumentException) {
      throw (IllegalArgumentException) e;
    }
    return new StoreException(what + ": " + firstLine(String.valueOf(e.getMessage())), e);
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse(s);
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the failure that made us close is the one to report
      }
    }
  }

  @Override
  public void close() {
    try {
      search.close();
      readers.close();
      synchronized (writing) {
        if (index != null) {
          index.close();
        }
        c.close();
      }
    } catch (IOException | SQLException e) {
      throw new StoreException("cannot close store " + dir + ": " + e.getMessage(), e);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }
}
