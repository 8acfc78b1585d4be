package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.store.EventQuery;
import org.attache.store.TimelineEvent;

/**
 * Lists merged events by actor, code, date and status, in date order (undated ones last), each
 * with the evidence of its first telling. A date filter keeps the events whose known days overlap
 * the range; an event with no date at all is left out of any dated query.
 */
final class EventRows {

  private EventRows() {}

  static List<TimelineEvent> find(Connection c, EventQuery q) throws SQLException {
    Filter f = new Filter();
    if (q.actor().isPresent()) {
      f.anyIn(ActorNames.ids(ActorNames.side(c, q.actor().get())), "v.source_id", "v.target_id");
    }
    q.code().ifPresent(k -> f.and("starts_with(v.cameo, ?)", k));
    q.status().ifPresent(s -> f.and("v.status = upper(?)", s));
    f.overlaps(q.dates(), "v.day_first", "coalesce(v.day_last, v.day_first)");
    String sql = "SELECT v.event_id, v.cameo, v.label, v.quad_class, v.goldstein, coalesce(v.source, v.source_id) AS source,"
        + " coalesce(v.target, v.target_id) AS target, v.date, v.location, v.status, v.mentions, v.evidence, v.evidence_doc"
        + " FROM event_v v" + f.sql() + " ORDER BY v.day_first NULLS LAST, v.event_id LIMIT ? OFFSET ?";
    List<TimelineEvent> out = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, f.params(q.limit(), q.offset())); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new TimelineEvent(r.getLong(1), r.getString(2), nz(r.getString(3)), r.getInt(4), r.getDouble(5), r.getString(6),
            Optional.ofNullable(r.getString(7)), Sql.text(r, "date"), Sql.text(r, "location"), r.getString(10).toLowerCase(Locale.ROOT),
            r.getInt(11), nz(r.getString(12)), nz(r.getString(13))));
      }
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
