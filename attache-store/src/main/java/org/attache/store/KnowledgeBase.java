package org.attache.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.store.internal.ReadOnlySql;
import org.attache.store.internal.Store;

/**
 * The knowledge base: every analysis Attaché has stored, in one DuckDB file (the source of truth)
 * with a Lucene index beside it for full-text search, in one folder. {@link #open} takes the
 * store's one-writer lock and brings the index up to date with the database; {@link #openReadOnly}
 * reads while nothing writes. Each {@link #add} is one transaction, so a crash at any moment loses
 * at most the batch in flight. Thread-safe: queries from many threads run in parallel, each on a
 * DuckDB connection of its own, and see only committed batches; {@link #add} calls take turns. One
 * writing process per store.
 */
public final class KnowledgeBase implements AutoCloseable {

  /** How many events each period of a timeline lists unless asked otherwise; the counts cover them all. */
  public static final int TIMELINE_EVENTS = 10;

  private final Store store;

  private KnowledgeBase(Store store) {
    this.store = store;
  }

  /** Opens (creating if needed) the store in {@code dir} for writing; throws {@link StoreInUseException} if another writer has it. */
  public static KnowledgeBase open(Path dir) {
    return new KnowledgeBase(Store.writable(dir));
  }

  /** Opens an existing store for queries only. */
  public static KnowledgeBase openReadOnly(Path dir) {
    return new KnowledgeBase(Store.readOnly(dir));
  }

  /**
   * Runs one SQL statement on a read-only connection that cannot reach files either, and returns at
   * most {@code maxRows} rows. The store's tables and views are documented in docs/store.md.
   */
  public static SqlResult sql(Path dir, String sql, int maxRows) {
    return ReadOnlySql.run(dir, sql, maxRows);
  }

  /**
   * Stores a batch in one transaction: new articles are added, articles stored with the same content
   * are skipped, articles whose content changed replace the stored ones, and events are merged with
   * the stored events that tell the same thing.
   */
  public AddResult add(List<Analysis> batch) {
    return store.add(batch);
  }

  /** Returns true when this article, with this content, is already stored. */
  public boolean isStored(Article article) {
    return store.isStored(article);
  }

  /**
   * Returns the ids of the articles among {@code articles} that are already stored with the same
   * content: one look-up per few hundred articles, where {@link #isStored} costs one per article.
   */
  public java.util.Set<String> stored(List<Article> articles) {
    return store.stored(articles);
  }

  public long documents() {
    return store.documents();
  }

  /** Returns how many stored documents the search index has not caught up with (0 after any writable open). */
  public long indexLag() {
    return store.indexLag();
  }

  /** Rebuilds the search index from the database; returns the articles indexed. */
  public int reindex() {
    return store.reindex();
  }

  public List<SearchHit> search(SearchQuery query) {
    return store.search(query);
  }

  public List<StoredQuote> quotes(QuoteQuery query) {
    return store.quotes(query);
  }

  /**
   * Returns the events between {@code a} and {@code b} (actors, or countries with everyone affiliated
   * to them) per period, each period listing its {@value #TIMELINE_EVENTS} most-told events.
   */
  public Timeline timeline(String a, String b, Period by) {
    return timeline(a, b, by, TIMELINE_EVENTS);
  }

  /** Returns the timeline between {@code a} and {@code b}, each period listing at most {@code eventsPerPeriod} events (the most told). */
  public Timeline timeline(String a, String b, Period by, int eventsPerPeriod) {
    if (eventsPerPeriod < 0) {
      throw new IllegalArgumentException("events per period must not be negative: " + eventsPerPeriod);
    }
    return store.timeline(a, b, by, eventsPerPeriod);
  }

  public Optional<ActorProfile> actor(String name) {
    return store.actor(name);
  }

  public Graph graph(DateRange dates) {
    return store.graph(dates);
  }

  public List<FramingCount> framing(FramingTerms terms) {
    return store.framing(terms);
  }

  /** Returns one page of stored articles (copies left out), newest first. */
  public List<DocumentSummary> documents(DocumentQuery query) {
    return store.documents(query);
  }

  /** Returns a stored article with its text and every fact extracted from it, at its offsets. */
  public Optional<StoredDocument> document(String doc) {
    return store.document(doc);
  }

  /** Returns one page of stored actors, most documented first. */
  public List<ActorSummary> actors(ActorQuery query) {
    return store.actors(query);
  }

  /** Returns one page of merged events, in date order. */
  public List<TimelineEvent> events(EventQuery query) {
    return store.events(query);
  }

  /** Writes the store to {@code dir} in {@code format}; returns the files written. */
  public List<Path> export(ExportFormat format, Path dir) {
    return store.export(format, dir);
  }

  public Path directory() {
    return store.directory();
  }

  @Override
  public void close() {
    store.close();
  }
}
