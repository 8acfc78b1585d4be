package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.QuoteQuery;
import org.attache.store.StoredQuote;

/**
 * Lists stored quotes by speaker, subject and date, newest first. The quotes table carries its
 * article's day and outlet so that the common query, one speaker's recent quotes, reads one table.
 */
final class QuoteRows {

  private QuoteRows() {}

  static List<StoredQuote> find(Connection c, QuoteQuery q) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> params = new ArrayList<>();
    if (q.speaker().isPresent()) {
      List<String> ids = ActorNames.ids(ActorNames.side(c, q.speaker().get()));
      where.append(" AND q.speaker_id IN (").append(Sql.marks(ids.size())).append(')');
      params.addAll(Sql.orNone(ids));
    }
    if (q.about().isPresent()) {
      List<String> ids = ActorNames.ids(ActorNames.side(c, q.about().get()));
      where.append(" AND q.quote_id IN (SELECT quote_id FROM quote_about WHERE actor_id IN (").append(Sql.marks(ids.size())).append("))");
      params.addAll(Sql.orNone(ids));
    }
    q.dates().from().ifPresent(d -> {
      where.append(" AND q.day >= ?");
      params.add(d);
    });
    q.dates().to().ifPresent(d -> {
      where.append(" AND q.day <= ?");
      params.add(d);
    });
    params.add(q.limit());
    String sql = "SELECT q.quote_id, q.doc_id, q.day, q.outlet, s.name, q.kind, q.text, q.speaker_id FROM quotes q"
        + " LEFT JOIN actors s ON s.actor_id = q.speaker_id" + where + " ORDER BY q.day DESC NULLS LAST, q.quote_id DESC LIMIT ?";
    Map<Long, StoredQuote> rows = new LinkedHashMap<>();
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String speaker = r.getString(5) == null ? r.getString(8) : r.getString(5);
        rows.put(r.getLong(1), new StoredQuote(r.getString(2), Sql.day(r, "day").map(Object::toString), Optional.ofNullable(r.getString(4)),
            Optional.ofNullable(speaker), r.getString(6).toLowerCase(java.util.Locale.ROOT), r.getString(7), List.of()));
      }
    }
    Map<Long, List<String>> about = about(c, rows.keySet());
    List<StoredQuote> out = new ArrayList<>();
    rows.forEach((id, s) -> out.add(new StoredQuote(s.doc(), s.published(), s.outlet(), s.speaker(), s.kind(), s.text(),
        about.getOrDefault(id, List.of()))));
    return out;
  }

  private static Map<Long, List<String>> about(Connection c, java.util.Set<Long> ids) throws SQLException {
    Map<Long, List<String>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String sql = "SELECT a.quote_id, coalesce(s.name, a.actor_id) FROM quote_about a LEFT JOIN actors s ON s.actor_id = a.actor_id"
        + " WHERE a.quote_id IN (" + Sql.marks(ids.size()) + ") ORDER BY 1, 2";
    try (PreparedStatement p = Sql.prepare(c, sql, List.copyOf(ids)); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
      }
    }
    return out;
  }
}
