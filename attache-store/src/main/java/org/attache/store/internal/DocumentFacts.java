package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.store.ActorRef;
import org.attache.store.StoredDocument.EventAt;
import org.attache.store.StoredDocument.MentionAt;
import org.attache.store.StoredDocument.QuoteAt;

/** Reads the facts of one stored article in text order: mentions with roles, quotes with speakers and subjects, event tellings. */
final class DocumentFacts {

  private DocumentFacts() {}

  static List<MentionAt> mentions(Connection c, String doc) throws SQLException {
    String sql = "SELECT m.start_char, m.end_char, m.text, m.actor_id, a.name, coalesce(a.type, m.type), a.country, r.role FROM mentions m"
        + " LEFT JOIN actors a ON a.actor_id = m.actor_id LEFT JOIN roles r ON r.doc_id = m.doc_id AND r.actor_id = m.actor_id"
        + " WHERE m.doc_id = ? ORDER BY m.start_char, m.end_char";
    List<MentionAt> out = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(doc)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new MentionAt(r.getInt(1), r.getInt(2), r.getString(3), actor(r, 4), Optional.ofNullable(r.getString(8))));
      }
    }
    return out;
  }

  static List<QuoteAt> quotes(Connection c, String doc) throws SQLException {
    String sql = "SELECT q.quote_id, q.start_char, q.end_char, q.text, q.kind, q.speaker_id, s.name, s.type, s.country, q.cue FROM quotes q"
        + " LEFT JOIN actors s ON s.actor_id = q.speaker_id WHERE q.doc_id = ? ORDER BY q.start_char";
    Map<Long, QuoteAt> rows = new LinkedHashMap<>();
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(doc)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Optional<ActorRef> speaker = r.getString(6) == null ? Optional.empty() : Optional.of(actor(r, 6));
        rows.put(r.getLong(1), new QuoteAt(r.getLong(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5).toLowerCase(Locale.ROOT),
            speaker, Optional.ofNullable(r.getString(10)), List.of()));
      }
    }
    Map<Long, List<ActorRef>> about = new HashMap<>();
    String aboutSql = "SELECT x.quote_id, x.actor_id, a.name, a.type, a.country FROM quote_about x LEFT JOIN actors a ON a.actor_id = x.actor_id"
        + " WHERE x.quote_id IN (SELECT quote_id FROM quotes WHERE doc_id = ?) ORDER BY 1, 2";
    try (PreparedStatement p = Sql.prepare(c, aboutSql, List.of(doc)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        about.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(actor(r, 2));
      }
    }
    List<QuoteAt> out = new ArrayList<>();
    rows.forEach((id, q) -> out.add(new QuoteAt(id, q.start(), q.end(), q.text(), q.kind(), q.speaker(), q.cue(),
        about.getOrDefault(id, List.of()))));
    return out;
  }

  static List<EventAt> events(Connection c, String doc) throws SQLException {
    // the article's tellings first, then their events: joined at once, the events table was read whole
    String sql = "WITH m AS MATERIALIZED (SELECT * FROM event_mentions WHERE doc_id = ?), e AS MATERIALIZED (SELECT event_id, source_id,"
        + " target_id, mentions FROM events WHERE event_id IN (SELECT event_id FROM m))"
        + " SELECT m.event_id, m.start_char, m.end_char, m.evidence, m.cameo, coalesce(k4.label, k3.label, k2.label, '') AS label,"
        + " coalesce(k4.quad_class, k3.quad_class, k2.quad_class, 0) AS quad, coalesce(k4.goldstein, k3.goldstein, k2.goldstein, 0) AS g,"
        + " m.status, m.date, m.location, e.source_id, s.name, s.type, s.country, e.target_id, t.name, t.type, t.country, e.mentions"
        + " FROM m JOIN e ON e.event_id = m.event_id"
        + " LEFT JOIN cameo k4 ON k4.code = m.cameo LEFT JOIN cameo k3 ON k3.code = substr(m.cameo, 1, 3)"
        + " LEFT JOIN cameo k2 ON k2.code = substr(m.cameo, 1, 2)"
        + " LEFT JOIN actors s ON s.actor_id = e.source_id LEFT JOIN actors t ON t.actor_id = e.target_id"
        + " ORDER BY m.start_char, m.ordinal";
    List<EventAt> out = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(doc)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Optional<ActorRef> target = r.getString(16) == null ? Optional.empty() : Optional.of(actor(r, 16));
        out.add(new EventAt(r.getLong(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6), r.getInt(7),
            r.getDouble(8), r.getString(9).toLowerCase(Locale.ROOT), Optional.ofNullable(r.getString(10)),
            Optional.ofNullable(r.getString(11)), actor(r, 12), target, r.getInt(20)));
      }
    }
    return out;
  }

  /** Reads id, name, type, country from four columns starting at {@code at}; an actor missing from the table keeps its id as name. */
  static ActorRef actor(ResultSet r, int at) throws SQLException {
    String id = r.getString(at);
    String name = r.getString(at + 1);
    String type = r.getString(at + 2);
    return new ActorRef(id, name == null ? id : name, type == null ? "" : type, Optional.ofNullable(r.getString(at + 3)));
  }
}
