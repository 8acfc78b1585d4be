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
    String l = "(" + Sql.marks(left.size()) + ")";
    String r = "(" + Sql.marks(right.size()) + ")";
    params.addAll(Sql.orNone(ActorNames.ids(left)));
    params.addAll(Sql.orNone(ActorNames.ids(right)));
    params.addAll(Sql.orNone(ActorNames.ids(right)));
    params.addAll(Sql.orNone(ActorNames.ids(left)));
    String part = by.name().toLowerCase(Locale.ROOT);
    String sql = "WITH sel AS (SELECT * FROM event_v WHERE ((source_id IN " + l + " AND target_id IN " + r + ") OR (source_id IN " + r
        + " AND target_id IN " + l + ")) AND day_first IS NOT NULL)"
        + " SELECT sel.event_id, sel.cameo, sel.label, sel.quad_class, sel.goldstein, coalesce(sel.source, sel.source_id) AS source,"
        + " coalesce(sel.target, sel.target_id) AS target, sel.date, sel.location, sel.status, sel.mentions,"
        + " CAST(date_trunc('" + part + "', sel.day_first) AS DATE) AS period, ev.evidence, ev.doc_id, sel.day_first"
        + " FROM sel LEFT JOIN (SELECT event_id, arg_min(evidence, doc_id) AS evidence, min(doc_id) AS doc_id FROM event_mentions"
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
