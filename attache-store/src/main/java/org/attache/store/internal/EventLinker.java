package org.attache.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;
import org.attache.nlp.event.EventMerger;
import org.duckdb.DuckDBConnection;

/**
 * Merges the events of one batch into the stored events as articles arrive: each telling joins the
 * first stored (or earlier in the batch) event that {@link EventMerger} takes as the same, or
 * starts a new one. Candidates are found in one join on (root, actor pair, nearby days), so a
 * batch costs one scan of the events table's key columns however many events it holds. Not
 * thread-safe; runs inside the batch's transaction.
 */
final class EventLinker {

  /** One event as one article tells it. */
  record Telling(String doc, int ordinal, Event event, LocalDate published) {}

  /** What linking did: tellings stored, and how many of them joined an existing event. */
  record Linked(int tellings, int merged) {}

  private static final String CONSULT = "04";
  private static final int SLACK_DAYS = EventMerger.REPORT_WINDOW_DAYS + 1;

  private final EventMerger merger = new EventMerger();
  private long nextId = -1;

  private static final class Account {
    final long id;
    Event event;
    int mentions;
    final boolean stored;
    boolean dirty;
    /** The first telling's evidence and place (lowest article id, then ordinal); a stored one's ordinal is unknown and ranks first. */
    String evidence;
    String evidenceDoc;
    int evidenceOrdinal;

    /** A new event, first told in this batch. */
    Account(long id, Event event) {
      this.id = id;
      this.event = event;
      this.stored = false;
    }

    /** A stored event, with the first telling's evidence it was stored with. */
    Account(long id, Event event, int mentions, String evidence, String evidenceDoc) {
      this.id = id;
      this.event = event;
      this.mentions = mentions;
      this.stored = true;
      this.evidence = evidence;
      this.evidenceDoc = evidenceDoc;
      this.evidenceOrdinal = -1;
    }

    void told(Telling t) {
      int byDoc = evidenceDoc == null ? 1 : evidenceDoc.compareTo(t.doc());
      if (byDoc > 0 || (byDoc == 0 && evidenceOrdinal > t.ordinal())) {
        evidence = t.event().evidenceText();
        evidenceDoc = t.doc();
        evidenceOrdinal = t.ordinal();
      }
    }
  }

  /**
   * Links {@code tellings} into the stored events; {@code side} gives an actor id's
   * {@link org.attache.model.CountrySide} (null for none), written beside each event.
   */
  Linked link(DuckDBConnection c, List<Telling> tellings, UnaryOperator<String> side) throws SQLException {
    if (tellings.isEmpty()) {
      return new Linked(0, 0);
    }
    if (nextId < 0) {
      nextId = maxId(c) + 1;
    }
    Map<String, List<Account>> byKey = candidates(c, tellings);
    List<Long> assigned = new ArrayList<>();
    int merged = 0;
    for (Telling t : tellings) {
      List<Account> accounts = byKey.computeIfAbsent(key(t.event()), k -> new ArrayList<>());
      Account hit = null;
      for (Account a : accounts) {
        if (merger.sameEvent(a.event, t.event())) {
          hit = a;
          break;
        }
      }
      if (hit == null) {
        hit = new Account(nextId++, withReported(t));
        accounts.add(hit);
      } else {
        hit.event = merger.combine(hit.event, withReported(t));
        merged++;
      }
      hit.mentions++;
      hit.told(t);
      hit.dirty = true;
      assigned.add(hit.id);
    }
    write(c, byKey, tellings, assigned, side);
    return new Linked(tellings.size(), merged);
  }

  private void write(DuckDBConnection c, Map<String, List<Account>> byKey, List<Telling> tellings, List<Long> assigned, UnaryOperator<String> side)
      throws SQLException {
    List<Long> stale = new ArrayList<>();
    List<Account> dirty = new ArrayList<>();
    for (List<Account> list : byKey.values()) {
      for (Account a : list) {
        if (a.dirty) {
          dirty.add(a);
          if (a.stored) {
            stale.add(a.id);
          }
        }
      }
    }
    if (!stale.isEmpty()) {
      try (RowAppender ap = Scratch.refill(c, Scratch.STALE)) {
        for (long id : stale) {
          ap.begin().bigint(id).end();
        }
      }
      try (var s = c.createStatement()) {
        s.executeUpdate("DELETE FROM events WHERE event_id IN (SELECT event_id FROM " + Scratch.STALE + ")");
      }
    }
    try (RowAppender ap = new RowAppender(c, "events")) {
      for (Account a : dirty) {
        Event e = a.event;
        LocalDate[] days = days(e, null);
        ap.begin().bigint(a.id).text(e.cameo()).text(e.root()).text(pairKey(e)).text(e.source().id()).text(e.target().map(Actor::id))
            .text(e.date().map(FuzzyDate::iso)).text(e.reported().map(FuzzyDate::iso)).day(days[0]).day(days[1]).text(e.location())
            .text(e.status().name()).integer(a.mentions).text(side.apply(e.source().id())).text(e.target().map(t -> side.apply(t.id())))
            .text(a.evidence).text(a.evidenceDoc).end();
      }
    }
    EventClustering.appended(c, dirty.size());
    try (RowAppender ap = new RowAppender(c, "event_mentions")) {
      for (int i = 0; i < tellings.size(); i++) {
        Telling t = tellings.get(i);
        Event e = t.event();
        ap.begin().bigint(assigned.get(i)).text(t.doc()).integer(t.ordinal()).text(e.cameo()).text(e.date().map(FuzzyDate::iso))
            .text(e.reported().map(FuzzyDate::iso)).text(e.location()).text(e.status().name()).integer(e.evidence().start())
            .integer(e.evidence().end()).text(e.evidenceText()).text(e.pattern()).end();
      }
    }
  }

  private Map<String, List<Account>> candidates(DuckDBConnection c, List<Telling> tellings) throws SQLException {
    Map<String, LocalDate[]> windows = new LinkedHashMap<>();
    for (Telling t : tellings) {
      LocalDate[] d = days(t.event(), t.published());
      LocalDate lo = d[0] == null ? LocalDate.of(1, 1, 1) : d[0].minusDays(SLACK_DAYS);
      LocalDate hi = d[1] == null ? LocalDate.of(9999, 12, 31) : d[1].plusDays(SLACK_DAYS);
      windows.merge(key(t.event()), new LocalDate[] {lo, hi}, (a, b) -> new LocalDate[] {min(a[0], b[0]), max(a[1], b[1])});
    }
    try (RowAppender ap = Scratch.refill(c, Scratch.WINDOWS)) {
      for (Map.Entry<String, LocalDate[]> w : windows.entrySet()) {
        String[] k = w.getKey().split("\\|", 2);
        ap.begin().text(k[0]).text(k[1]).day(w.getValue()[0]).day(w.getValue()[1]).end();
      }
    }
    // the join reads only the columns it compares; the rest, the evidence above all, is read for the few candidates it finds
    String sql = "WITH hit AS MATERIALIZED (SELECT DISTINCT e.event_id FROM events e JOIN " + Scratch.WINDOWS + " k ON e.root = k.root"
        + " AND e.pair_key = k.pair_key WHERE e.day_first IS NULL OR (e.day_last >= k.lo AND e.day_first <= k.hi))"
        + " SELECT e.event_id, e.cameo, e.source_id, e.target_id, e.date, e.reported, e.location, e.status, e.mentions, e.evidence,"
        + " e.evidence_doc FROM events e WHERE e.event_id IN (SELECT event_id FROM hit) ORDER BY e.event_id";
    Map<String, List<Account>> out = new HashMap<>();
    try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        Event e = new Event(r.getString(2), actor(r.getString(3)), Optional.ofNullable(r.getString(4)).map(EventLinker::actor),
            Optional.ofNullable(r.getString(5)).map(FuzzyDate::parse), Optional.ofNullable(r.getString(6)).map(FuzzyDate::parse),
            Optional.ofNullable(r.getString(7)), EventStatus.valueOf(r.getString(8)), new TextSpan(0, 0), "", "");
        out.computeIfAbsent(key(e), k -> new ArrayList<>()).add(new Account(r.getLong(1), e, r.getInt(9), r.getString(10), r.getString(11)));
      }
    }
    return out;
  }

  /** An event no article dates is dated by its article's publication, so that it can still be placed on a timeline. */
  private static Event withReported(Telling t) {
    Event e = t.event();
    if (e.reported().isPresent() || t.published() == null) {
      return e;
    }
    return new Event(e.cameo(), e.source(), e.target(), e.date(), Optional.of(new FuzzyDate.Day(t.published())), e.location(), e.status(),
        e.evidence(), e.evidenceText(), e.pattern());
  }

  private static LocalDate[] days(Event e, LocalDate published) {
    Optional<FuzzyDate> d = e.date().isPresent() ? e.date() : e.reported();
    if (d.isPresent()) {
      return new LocalDate[] {d.get().firstDay(), d.get().lastDay()};
    }
    return new LocalDate[] {published, published};
  }

  static String key(Event e) {
    return e.root() + "|" + pairKey(e);
  }

  /** Returns the actor pair as the merge sees it: unordered for consultations, ordered otherwise. */
  static String pairKey(Event e) {
    String a = e.source().id();
    String b = e.target().map(Actor::id).orElse("");
    if (e.root().equals(CONSULT) && a.compareTo(b) > 0) {
      return b + "~" + a;
    }
    return a + (e.root().equals(CONSULT) ? "~" : ">") + b;
  }

  private static Actor actor(String id) {
    return new Actor(id, id, EntityType.ORG, Optional.empty(), List.of());
  }

  private static long maxId(DuckDBConnection c) throws SQLException {
    try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(event_id), 0) FROM events")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
