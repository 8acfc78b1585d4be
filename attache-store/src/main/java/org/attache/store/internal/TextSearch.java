package org.attache.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.attache.store.SearchHit;
import org.attache.store.SearchQuery;

/**
 * Ranked full-text search over the index {@link TextIndex} writes: BM25 over text and title,
 * filters on actor, outlet and day, and a highlighted snippet per hit from the offsets stored in
 * the postings. One {@link SearcherManager} serves every searching thread; the store calls
 * {@link #refresh} after it commits to the index. Thread-safe.
 */
public final class TextSearch implements AutoCloseable {

  private static final int SNIPPET_CHARS = 240;

  private final Path folder;
  private Directory dir;
  private volatile SearcherManager manager;

  public TextSearch(Path folder) {
    this.folder = folder;
  }

  /** Returns the hits for {@code q}, restricted to articles naming one of {@code actorIds} when the query names an actor. */
  public List<SearchHit> search(SearchQuery q, List<String> actorIds) throws IOException {
    SearcherManager m = manager();
    if (m == null) {
      return List.of();
    }
    IndexSearcher searcher = m.acquire();
    try {
      return search(searcher, q, actorIds);
    } finally {
      m.release(searcher);
    }
  }

  /** Makes searches that start from now on see the index as last committed. */
  public void refresh() throws IOException {
    SearcherManager m = manager;
    if (m != null) {
      m.maybeRefreshBlocking();
    }
  }

  private List<SearchHit> search(IndexSearcher searcher, SearchQuery q, List<String> actorIds) throws IOException {
    Query text = parse(q.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(TextIndex.KIND, q.quotes() ? TextIndex.QUOTE : TextIndex.ARTICLE)), BooleanClause.Occur.FILTER);
    if (q.actor().isPresent()) {
      List<BytesRef> ids = actorIds.stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery("actor", ids.isEmpty() ? List.of(new BytesRef("\u0000none")) : ids), BooleanClause.Occur.FILTER);
    }
    q.outlet().ifPresent(o -> b.add(new TermQuery(new Term("outlet", o.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER));
    if (q.dates().from().isPresent() || q.dates().to().isPresent()) {
      long lo = q.dates().from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long hi = q.dates().to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    TopDocs top = searcher.search(query, q.limit());
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, TextIndex.analyzer()).withMaxLength(2_000_000)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false)).withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(Locale.ROOT))
        .build();
    String[] snippets = hl.highlight("text", query, top, 2);
    List<SearchHit> out = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      out.add(new SearchHit(d.get("doc"), nz(d.get("title")), Optional.ofNullable(d.get("outlet_name")), Optional.ofNullable(d.get("published")),
          Optional.ofNullable(d.get("speaker_name")), sd.score, trim(snippets[i])));
    }
    return out;
  }

  private static Query parse(String text) {
    MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {"text", "title"}, TextIndex.analyzer(),
        java.util.Map.of("title", 2f, "text", 1f));
    p.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
    try {
      return p.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot parse search query '" + text + "': " + firstLine(e.getMessage()), e);
    }
  }

  /** Returns the manager, opening it when the index first exists; null while there is no index. */
  private SearcherManager manager() throws IOException {
    SearcherManager m = manager;
    if (m != null) {
      return m;
    }
    synchronized (this) {
      if (manager == null && Files.isDirectory(folder)) {
        Directory d = FSDirectory.open(folder);
        if (DirectoryReader.indexExists(d)) {
          dir = d;
          manager = new SearcherManager(d, null);
        } else {
          d.close();
        }
      }
      return manager;
    }
  }

  private static String trim(String snippet) {
    if (snippet == null) {
      return "";
    }
    String s = snippet.replaceAll("\\s+", " ").strip();
    return s.length() <= SNIPPET_CHARS ? s : s.substring(0, SNIPPET_CHARS) + "…";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  @Override
  public synchronized void close() throws IOException {
    if (manager != null) {
      manager.close();
    }
    if (dir != null) {
      dir.close();
    }
  }
}
