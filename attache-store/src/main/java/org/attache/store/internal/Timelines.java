package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.attache.store.ActorRef;
import org.attache.store.Period;
import org.attache.store.Timeline;
import org.attache.store.TimelineEvent;
import org.attache.store.TimelinePeriod;

/**
 * Builds the timeline of events between two sides, in either direction, bucketed by week, month or
 * year. Only events that happened are counted and weighed; planned, denied and supposed ones are
 * listed with their status so that a reader sees them, but they do not move the figures.
 */
final class Timelines {

  private Timelines() {}

  static Timeline between(Connection c, String a, String b, Period by) throws SQLException {
    List<ActorRef> left = ActorNames.side(c, a);
    List<ActorRef> right = ActorNames.side(c, b);
    List<Object> params = new ArrayList<>();
    String forward = "(" + end(left, "source", params) + " AND " + end(right, "target", params) + ")";
    String backward = "(" + end(right, "source", params) + " AND " + end(left, "target", params) + ")";
    String part = by.name().toLowerCase(Locale.ROOT);
    String sql = "WITH sel AS (SELECT * FROM events WHERE (" + forward + " OR " + backward + ") AND day_first IS NOT NULL)"
        + " SELECT sel.event_id, sel.cameo, coalesce(c4.label, c3.label, c2.label) AS label,"
        + " coalesce(c4.quad_class, c3.quad_class, c2.quad_class) AS quad_class, coalesce(c4.goldstein, c3.goldstein, c2.goldstein) AS goldstein,"
        + " coalesce(s.name, sel.source_id) AS source, coalesce(t.name, sel.target_id) AS target, sel.date, sel.location, sel.status, sel.mentions,"
        + " CAST(date_trunc('" + part + "', sel.day_first) AS DATE) AS period, ev.evidence, ev.doc_id, sel.day_first"
        + " FROM sel LEFT JOIN cameo c4 ON c4.code = sel.cameo LEFT JOIN cameo c3 ON c3.code = substr(sel.cameo, 1, 3)"
        + " LEFT JOIN cameo c2 ON c2.code = sel.root LEFT JOIN actors s ON s.actor_id = sel.source_id"
        + " LEFT JOIN actors t ON t.actor_id = sel.target_id"
        + " LEFT JOIN (SELECT event_id, arg_min(evidence, doc_id) AS evidence, min(doc_id) AS doc_id FROM event_mentions"
        + " WHERE event_id IN (SELECT event_id FROM sel) GROUP BY event_id) ev ON ev.event_id = sel.event_id"
        + " ORDER BY sel.day_first, sel.event_id";
    Map<LocalDate, List<TimelineEvent>> buckets = new LinkedHashMap<>();
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        LocalDate period = rs.getObject("period", LocalDate.class);
        TimelineEvent e = new TimelineEvent(rs.getLong("event_id"), rs.getString("cameo"), nz(rs.getString("label")), rs.getInt("quad_class"),
            rs.getDouble("goldstein"), rs.getString("source"), Optional.ofNullable(rs.getString("target")), Sql.text(rs, "date"),
            Sql.text(rs, "location"), rs.getString("status").toLowerCase(Locale.ROOT), rs.getInt("mentions"), nz(rs.getString("evidence")),
            nz(rs.getString("doc_id")));
        buckets.computeIfAbsent(period, k -> new ArrayList<>()).add(e);
      }
    }
    List<TimelinePeriod> periods = new ArrayList<>();
    buckets.forEach((start, events) -> periods.add(period(start, events)));
    return new Timeline(left, right, by, periods);
  }

  /**
   * Returns the condition that one end ({@code source} or {@code target}) of an event is on this
   * side: a country matches the stored country the end stands for ({@link SideCountry}), any other
   * actor its id; a side that resolved to nothing matches nothing.
   */
  private static String end(List<ActorRef> side, String end, List<Object> params) {
    if (side.isEmpty()) {
      return "false";
    }
    ActorRef first = side.get(0);
    if (first.isCountry()) {
      params.add(first.country().orElseThrow().toUpperCase(Locale.ROOT));
      return end + "_country = ?";
    }
    params.add(first.id());
    return end + "_id = ?";
  }

  private static TimelinePeriod period(LocalDate start, List<TimelineEvent> events) {
    Integer[] quad = new Integer[] {0, 0, 0, 0};
    double sum = 0;
    int n = 0;
    for (TimelineEvent e : events) {
      if (!e.status().equals("happened") || e.quadClass() < 1) {
        continue;
      }
      quad[e.quadClass() - 1]++;
      sum += e.goldstein();
      n++;
    }
    return new TimelinePeriod(start, Arrays.asList(quad), n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n), events);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
