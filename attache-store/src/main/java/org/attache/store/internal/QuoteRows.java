package org.attache.store.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.store.QuoteQuery;
import org.attache.store.StoredQuote;

/**
 * Lists stored quotes by speaker, subject and date, newest first. The quotes table carries its
 * article's day and outlet so that the common query, one speaker's recent quotes, reads one table;
 * the page is chosen first from the few columns the filter and the order need, and only its rows
 * are joined to names and subjects, in the same statement.
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
    String sql = "WITH top AS (SELECT q.quote_id, q.doc_id, q.day, q.outlet, q.kind, q.text, q.speaker_id FROM quotes q" + where
        + " ORDER BY q.day DESC NULLS LAST, q.quote_id DESC LIMIT ?),"
        + " ab AS (SELECT a.quote_id, list(coalesce(x.name, a.actor_id) ORDER BY coalesce(x.name, a.actor_id)) AS about FROM quote_about a"
        + " JOIN top ON top.quote_id = a.quote_id LEFT JOIN actors x ON x.actor_id = a.actor_id GROUP BY a.quote_id)"
        + " SELECT top.doc_id, top.day, top.outlet, coalesce(s.name, top.speaker_id) AS speaker, top.kind, top.text, ab.about FROM top"
        + " LEFT JOIN actors s ON s.actor_id = top.speaker_id LEFT JOIN ab ON ab.quote_id = top.quote_id"
        + " ORDER BY top.day DESC NULLS LAST, top.quote_id DESC";
    List<StoredQuote> out = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new StoredQuote(r.getString(1), Sql.day(r, "day").map(Object::toString), Optional.ofNullable(r.getString(3)),
            Optional.ofNullable(r.getString(4)), r.getString(5).toLowerCase(Locale.ROOT), r.getString(6), names(r.getArray(7))));
      }
    }
    return out;
  }

  private static List<String> names(Array list) throws SQLException {
    if (list == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : (Object[]) list.getArray()) {
      out.add(String.valueOf(o));
    }
    return out;
  }
}
