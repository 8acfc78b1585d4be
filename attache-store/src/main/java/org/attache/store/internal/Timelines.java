package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * listed with their status so that a reader sees them, but they do not move the figures. The
 * figures are aggregated in the database over every event; each period then lists only its
 * most-told events, since two busy countries share a hundred thousand events in a large store.
 * The events table is kept in order of the sides' countries ({@link EventClustering}), so a
 * timeline between two countries reads the few row groups that hold their events.
 */
final class Timelines {

  private static final String HAPPENED = "'HAPPENED'";

  private Timelines() {}

  static Timeline between(Connection c, String a, String b, Period by, int eventsPerPeriod) throws SQLException {
    List<ActorRef> left = ActorNames.side(c, a);
    List<ActorRef> right = ActorNames.side(c, b);
    List<Object> params = new ArrayList<>();
    String period = "CAST(date_trunc('" + by.name().toLowerCase(Locale.ROOT) + "', e.day_first) AS DATE)";
    String columns = "SELECT e.event_id, e.cameo, e.root, e.status, e.mentions, e.day_first, " + period
        + " AS period FROM events e WHERE e.day_first IS NOT NULL AND ";
    // two scans with plain equalities, which DuckDB pushes into the scan, instead of one with an OR, which it cannot
    String forward = end(left, "source", params) + " AND " + end(right, "target", params);
    String backward = end(right, "source", params) + " AND " + end(left, "target", params);
    String notForward = "NOT coalesce(" + end(left, "source", params) + " AND " + end(right, "target", params) + ", false)";
    // the listed events are looked up among the pair's rows only, which the table's order keeps in a few row groups
    String either = "((" + end(left, "source", params) + " AND " + end(right, "target", params) + ") OR (" + end(right, "source", params)
        + " AND " + end(left, "target", params) + "))";
    // the period's most-told events, picked in the same pass as its figures: a top-n aggregate, not a sort of every event
    String most = "arg_max(event_id, (mentions, -date_diff('day', DATE '1970-01-01', day_first), -event_id), " + Math.max(1, eventsPerPeriod)
        + ")";
    String sql = "WITH sel AS (" + columns + forward + " UNION ALL " + columns + backward + " AND " + notForward + "),"
        + " k AS (SELECT sel.*, sel.status = " + HAPPENED + " AS happened, coalesce(c4.quad_class, c3.quad_class, c2.quad_class, 0) AS quad,"
        + " coalesce(c4.goldstein, c3.goldstein, c2.goldstein, 0) AS g FROM sel" + cameoJoins("sel") + "),"
        + " totals AS MATERIALIZED (SELECT period, count(*) AS events," + quadCounts() + ","
        + " sum(g) FILTER (WHERE happened AND quad >= 1) AS weight, count(*) FILTER (WHERE happened AND quad >= 1) AS counted,"
        + " " + most + " AS most FROM k GROUP BY period),"
        + " top AS MATERIALIZED (SELECT period, unnest(most) AS event_id FROM totals WHERE " + (eventsPerPeriod > 0) + "),"
        + " ee AS (SELECT e.event_id, e.cameo, e.root, e.source_id, e.target_id, e.date, e.location, e.status, e.mentions, e.day_first,"
        + " e.evidence, e.evidence_doc FROM events e WHERE " + either + " AND e.event_id IN (SELECT event_id FROM top))"
        + " SELECT totals.period, totals.events, totals.q1, totals.q2, totals.q3, totals.q4, totals.weight, totals.counted, ee.event_id, ee.cameo,"
        + " coalesce(c4.label, c3.label, c2.label) AS label, coalesce(c4.quad_class, c3.quad_class, c2.quad_class) AS quad_class,"
        + " coalesce(c4.goldstein, c3.goldstein, c2.goldstein) AS goldstein, coalesce(s.name, ee.source_id) AS source,"
        + " coalesce(t.name, ee.target_id) AS target, ee.date, ee.location, ee.status, ee.mentions, ee.evidence, ee.evidence_doc AS doc_id"
        + " FROM totals LEFT JOIN top ON top.period = totals.period LEFT JOIN ee ON ee.event_id = top.event_id" + cameoJoins("ee")
        + " LEFT JOIN actors s ON s.actor_id = ee.source_id LEFT JOIN actors t ON t.actor_id = ee.target_id"
        + " ORDER BY totals.period, ee.day_first, ee.event_id";
    List<TimelinePeriod> periods = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet rs = p.executeQuery()) {
      LocalDate start = null;
      List<TimelineEvent> events = new ArrayList<>();
      TimelinePeriod figures = null;
      while (rs.next()) {
        LocalDate at = rs.getObject("period", LocalDate.class);
        if (!at.equals(start)) {
          if (figures != null) {
            periods.add(withEvents(figures, events));
          }
          start = at;
          events = new ArrayList<>();
          figures = figures(rs, at);
        }
        if (rs.getObject("event_id") != null) {
          events.add(event(rs));
        }
      }
      if (figures != null) {
        periods.add(withEvents(figures, events));
      }
    }
    return new Timeline(left, right, by, periods);
  }

  private static TimelinePeriod figures(ResultSet rs, LocalDate start) throws SQLException {
    List<Integer> quads = List.of(rs.getInt("q1"), rs.getInt("q2"), rs.getInt("q3"), rs.getInt("q4"));
    long counted = rs.getLong("counted");
    OptionalDouble mean = counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(rs.getDouble("weight") / counted);
    return new TimelinePeriod(start, quads, mean, rs.getInt("events"), List.of());
  }

  private static TimelinePeriod withEvents(TimelinePeriod p, List<TimelineEvent> events) {
    return new TimelinePeriod(p.start(), p.quadCounts(), p.meanGoldstein(), p.eventCount(), events);
  }

  private static TimelineEvent event(ResultSet rs) throws SQLException {
    return new TimelineEvent(rs.getLong("event_id"), rs.getString("cameo"), nz(rs.getString("label")), rs.getInt("quad_class"),
        rs.getDouble("goldstein"), rs.getString("source"), Optional.ofNullable(rs.getString("target")), Sql.text(rs, "date"),
        Sql.text(rs, "location"), rs.getString("status").toLowerCase(Locale.ROOT), rs.getInt("mentions"), nz(rs.getString("evidence")),
        nz(rs.getString("doc_id")));
  }

  /**
   * Returns the condition that one end ({@code source} or {@code target}) of an event is on this
   * side: a country matches the stored country the end stands for ({@link org.attache.model.CountrySide}), any other
   * actor its id; a side that resolved to nothing matches nothing.
   */
  private static String end(List<ActorRef> side, String end, List<Object> params) {
    if (side.isEmpty()) {
      return "false";
    }
    ActorRef first = side.get(0);
    if (first.isCountry()) {
      params.add(first.country().orElseThrow().toUpperCase(Locale.ROOT));
      return "e." + end + "_country = ?";
    }
    params.add(first.id());
    return "e." + end + "_id = ?";
  }

  /** Joins the CAMEO rows of a code, its three-digit parent and its root, so that the most specific one known gives label and weight. */
  private static String cameoJoins(String t) {
    return " LEFT JOIN cameo c4 ON c4.code = " + t + ".cameo LEFT JOIN cameo c3 ON c3.code = substr(" + t + ".cameo, 1, 3)"
        + " LEFT JOIN cameo c2 ON c2.code = " + t + ".root";
  }

  private static String quadCounts() {
    List<String> counts = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      counts.add(" count(*) FILTER (WHERE happened AND quad = " + q + ") AS q" + q);
    }
    return String.join(",", counts);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
