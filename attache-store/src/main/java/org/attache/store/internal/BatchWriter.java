package org.attache.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.CountrySide;
import org.attache.model.Entity;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.Problem;
import org.attache.model.Quote;
import org.attache.store.AddResult;
import org.duckdb.DuckDBConnection;

/**
 * Writes one batch of analyses in one transaction: skips articles stored with the same content,
 * replaces those whose content changed, keeps copies of another article's content as documents
 * marked {@code duplicate_of} without their facts, and links events across articles. Either the
 * whole batch is committed or nothing is. Not thread-safe: the store has one writer.
 */
final class BatchWriter {

  private static final String[] PER_DOCUMENT = {"event_mentions", "mentions", "roles", "problems", "quotes", "documents"};

  private final DuckDBConnection c;
  private final EventLinker linker = new EventLinker();
  /** Every stored actor by id: the name it was first stored under, and its side on a timeline. */
  private final Map<String, StoredActor> actors = new HashMap<>();
  private long nextQuoteId = -1;

  /**
   * An actor as stored: its name, and the country it stands for on a timeline ("" for none), as
   * {@link CountrySide} defines it.
   */
  private record StoredActor(String name, String side) {}

  /**
   * What a committed batch wrote: its counts, and the articles given sequence numbers
   * {@code after + 1} to {@code upTo} as the text index takes them.
   */
  record Written(AddResult result, long after, long upTo, List<TextIndex.Entry> entries) {}

  BatchWriter(DuckDBConnection c) throws SQLException {
    this.c = c;
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT actor_id, name, coalesce(" + SideCountry.sql("actors") + ", '') FROM actors")) {
      while (r.next()) {
        actors.put(r.getString(1), new StoredActor(r.getString(2), r.getString(3)));
      }
    }
    Scratch.create(c);
    c.commit();
  }

  Written write(List<Analysis> batch) throws SQLException {
    Map<String, StoredActor> newActors = new HashMap<>();
    try {
      Written w = writeAll(batch, newActors);
      c.commit();
      actors.putAll(newActors);
      return w;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  private Written writeAll(List<Analysis> batch, Map<String, StoredActor> newActors) throws SQLException {
    Map<String, Analysis> latest = new LinkedHashMap<>();
    Map<String, String> hashes = new HashMap<>();
    for (Analysis a : batch) {
      latest.remove(a.article().id());
      latest.put(a.article().id(), a);
      hashes.put(a.article().id(), ContentHash.of(a.article()));
    }
    keys(latest.keySet(), hashes);
    Map<String, String> stored = storedHashes();
    List<String> replaced = new ArrayList<>();
    List<Analysis> incoming = new ArrayList<>();
    for (Analysis a : latest.values()) {
      String id = a.article().id();
      String was = stored.get(id);
      if (was != null && was.equals(hashes.get(id))) {
        continue;
      }
      if (was != null) {
        replaced.add(id);
      }
      incoming.add(a);
    }
    // taken before the deletes, so that a replaced article gets a number the index has not seen
    long seq = nextSeq();
    long after = seq - 1;
    deleteDocuments(replaced);
    Map<String, String> originals = originals();
    int duplicates = 0;
    List<EventLinker.Telling> tellings = new ArrayList<>();
    List<TextIndex.Entry> entries = new ArrayList<>();
    try (Appenders ap = new Appenders(c)) {
      for (Analysis a : incoming) {
        Article art = a.article();
        String hash = hashes.get(art.id());
        String original = originals.get(hash);
        boolean duplicate = original != null && !original.equals(art.id());
        if (!duplicate) {
          originals.put(hash, art.id());
        }
        document(ap.documents, seq++, art, hash, duplicate ? original : null);
        if (duplicate) {
          duplicates++;
          entries.add(entry(art, true, replaced.contains(art.id()), List.of(), List.of()));
          continue;
        }
        List<TextIndex.QuoteEntry> quotes = facts(ap, a, newActors, tellings);
        entries.add(entry(art, false, replaced.contains(art.id()), a.entities().stream().map(e -> e.actor().id()).distinct().toList(),
            quotes));
      }
    }
    EventLinker.Linked linked = linker.link(c, tellings, id -> {
      StoredActor known = known(id, newActors);
      return known == null || known.side().isEmpty() ? null : known.side();
    });
    EventClustering.rewriteIfDue(c);
    int added = incoming.size() - replaced.size();
    AddResult result = new AddResult(added, replaced.size(), latest.size() - incoming.size(), duplicates, linked.tellings(), linked.merged());
    return new Written(result, after, seq - 1, entries);
  }

  /** The index's entry for a stored article, with the values its documents, roles and quotes rows were given. */
  private static TextIndex.Entry entry(Article art, boolean duplicate, boolean replaces, List<String> actors,
      List<TextIndex.QuoteEntry> quotes) {
    return new TextIndex.Entry(art.id(), art.title(), art.text(), art.published().map(FuzzyDate::iso).orElse(null),
        art.published().map(FuzzyDate::firstDay).orElse(null), art.outlet().orElse(null), duplicate, replaces, actors, quotes);
  }

  /** Writes an article's facts; returns its quotes as the index takes them. */
  private List<TextIndex.QuoteEntry> facts(Appenders ap, Analysis a, Map<String, StoredActor> newActors, List<EventLinker.Telling> tellings)
      throws SQLException {
    Article art = a.article();
    LocalDate day = art.published().map(FuzzyDate::firstDay).orElse(null);
    roles(ap, a, day, newActors);
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        ap.mentions.begin().text(art.id()).text(e.actor().id()).integer(m.span().start()).integer(m.span().end()).text(m.text())
            .text(m.type().name()).end();
      }
    }
    int ordinal = 0;
    List<TextIndex.QuoteEntry> indexed = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (nextQuoteId < 0) {
        nextQuoteId = maxQuoteId() + 1;
      }
      long id = nextQuoteId++;
      if (q.speaker().isPresent()) {
        actor(ap.actors, q.speaker().get(), newActors);
      }
      ap.quotes.begin().bigint(id).text(art.id()).integer(ordinal++).integer(q.span().start()).integer(q.span().end()).text(q.text())
          .text(q.kind().name()).text(q.speaker().map(Actor::id)).text(q.cue().map(s -> s.end() <= art.text().length() ? s.of(art.text()) : null))
          .day(day).text(art.outlet()).end();
      String speaker = q.speaker().map(Actor::id).orElse(null);
      indexed.add(new TextIndex.QuoteEntry(id, q.text(), speaker, speaker == null ? null : storedName(speaker, newActors)));
      for (Actor about : q.about()) {
        actor(ap.actors, about, newActors);
        ap.about.begin().bigint(id).text(about.id()).end();
      }
    }
    int n = 0;
    for (Event e : a.events()) {
      actor(ap.actors, e.source(), newActors);
      if (e.target().isPresent()) {
        actor(ap.actors, e.target().get(), newActors);
      }
      tellings.add(new EventLinker.Telling(art.id(), n++, e, day));
    }
    for (Problem p : a.problems()) {
      ap.problems.begin().text(art.id()).text(p.stage()).text(p.message()).end();
    }
    return indexed;
  }

  /** Writes one roles row per actor and article, whatever the analysis holds, so that counting rows counts articles. */
  private void roles(Appenders ap, Analysis a, LocalDate day, Map<String, StoredActor> newActors) throws SQLException {
    Map<String, List<Entity>> byActor = new LinkedHashMap<>();
    a.entities().forEach(e -> byActor.computeIfAbsent(e.actor().id(), k -> new ArrayList<>()).add(e));
    for (List<Entity> same : byActor.values()) {
      Entity first = same.get(0);
      actor(ap.actors, first.actor(), newActors);
      Optional<String> role = same.stream().map(Entity::role).flatMap(Optional::stream).findFirst();
      int told = same.stream().mapToInt(e -> e.mentions().size()).sum();
      ap.roles.begin().text(a.article().id()).text(first.actor().id()).text(role).day(day).integer(told).end();
    }
  }

  private String storedName(String id, Map<String, StoredActor> newActors) {
    StoredActor a = known(id, newActors);
    return a == null ? null : a.name();
  }

  /** The actor as stored before this batch, or as this batch stores it first; null if neither. */
  private StoredActor known(String id, Map<String, StoredActor> newActors) {
    return actors.containsKey(id) ? actors.get(id) : newActors.get(id);
  }

  private void document(RowAppender docs, long seq, Article art, String hash, String duplicateOf) throws SQLException {
    docs.begin().bigint(seq).text(art.id()).text(art.title()).text(art.text()).text(art.published().map(FuzzyDate::iso))
        .day(art.published().map(FuzzyDate::firstDay).orElse(null)).text(art.outlet()).text(art.url()).text(art.author()).text(hash)
        .text(duplicateOf).timestamp(LocalDateTime.now(ZoneOffset.UTC)).end();
  }

  private void actor(RowAppender ap, Actor a, Map<String, StoredActor> newActors) throws SQLException {
    if (actors.containsKey(a.id()) || newActors.containsKey(a.id())) {
      return;
    }
    newActors.put(a.id(), new StoredActor(a.name(), CountrySide.of(a).orElse("")));
    ap.begin().text(a.id()).text(a.name()).text(a.type().name()).text(a.country()).text(String.join("|", a.aliases())).end();
  }

  /** Puts the batch's article ids and content hashes in the scratch table that the lookups below join. */
  private void keys(Set<String> ids, Map<String, String> hashes) throws SQLException {
    try (RowAppender ap = Scratch.refill(c, Scratch.DOCS)) {
      for (String id : ids) {
        ap.begin().text(id).text(hashes.get(id)).end();
      }
    }
  }

  private Map<String, String> storedHashes() throws SQLException {
    // the ids are compared first and the hashes read for the matching rows only: a join would read every row's hash
    return pairs("WITH hit AS MATERIALIZED (SELECT rowid AS r FROM documents WHERE doc_id IN (SELECT doc_id FROM " + Scratch.DOCS + "))"
        + " SELECT doc_id, content_hash FROM documents WHERE rowid IN (SELECT r FROM hit)");
  }

  /** Returns, for each content hash of the batch already stored, the article that holds it as an original. */
  private Map<String, String> originals() throws SQLException {
    return pairs("SELECT content_hash, min(doc_id) FROM documents WHERE duplicate_of IS NULL AND content_hash IN (SELECT content_hash FROM "
        + Scratch.DOCS + ") GROUP BY content_hash");
  }

  private Map<String, String> pairs(String sql) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  /** Removes every row of the given documents; events they alone told go, shared ones lose a mention. */
  private void deleteDocuments(List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (RowAppender ap = Scratch.refill(c, Scratch.GONE)) {
      for (String id : ids) {
        ap.begin().text(id).end();
      }
    }
    String in = "(SELECT doc_id FROM " + Scratch.GONE + ")";
    run("UPDATE events SET mentions = events.mentions - x.n FROM (SELECT event_id, count(*) AS n FROM event_mentions WHERE doc_id IN " + in
        + " GROUP BY event_id) x WHERE events.event_id = x.event_id");
    run("DELETE FROM events WHERE mentions <= 0");
    run("DELETE FROM quote_about WHERE quote_id IN (SELECT quote_id FROM quotes WHERE doc_id IN " + in + ")");
    for (String table : PER_DOCUMENT) {
      run("DELETE FROM " + table + " WHERE doc_id IN " + in);
    }
    run("UPDATE events SET evidence = x.evidence, evidence_doc = x.doc_id FROM (" + EventEvidence.firstTellings(
        "event_id IN (SELECT event_id FROM events WHERE evidence_doc IN " + in + ")") + ") x WHERE events.event_id = x.event_id");
  }

  private void run(String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private long nextSeq() throws SQLException {
    return scalar("SELECT coalesce(max(seq), 0) + 1 FROM documents");
  }

  private long maxQuoteId() throws SQLException {
    return scalar("SELECT coalesce(max(quote_id), 0) FROM quotes");
  }

  private long scalar(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The appenders of one batch, one per table, closed (flushed) together before the commit. */
  private static final class Appenders implements AutoCloseable {
    final RowAppender documents;
    final RowAppender actors;
    final RowAppender roles;
    final RowAppender mentions;
    final RowAppender quotes;
    final RowAppender about;
    final RowAppender problems;

    Appenders(DuckDBConnection c) throws SQLException {
      documents = new RowAppender(c, "documents");
      actors = new RowAppender(c, "actors");
      roles = new RowAppender(c, "roles");
      mentions = new RowAppender(c, "mentions");
      quotes = new RowAppender(c, "quotes");
      about = new RowAppender(c, "quote_about");
      problems = new RowAppender(c, "problems");
    }

    @Override
    public void close() throws SQLException {
      for (RowAppender a : new RowAppender[] {documents, actors, roles, mentions, quotes, about, problems}) {
        a.close();
      }
    }
  }
}
