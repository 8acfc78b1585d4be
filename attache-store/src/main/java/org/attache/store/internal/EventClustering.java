package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the events table in the order a timeline reads it: by the country each side stands for,
 * then by day. DuckDB keeps the lowest and highest value of every column in each row group of
 * about 120,000 rows, so in that order a timeline between two countries reads the two or three row
 * groups that hold their events instead of all of them. Events the writer adds or rewrites are
 * appended at the end, out of order; once those rows reach a fifth of the table (and at least
 * {@link #MIN_UNCLUSTERED}), the table is rewritten in order inside the writer's transaction. Each
 * rewrite waits for the table to grow by a fifth, so the rewriting costs a constant share per event.
 */
final class EventClustering {

  /** The order of the rows; the event id last, so that the order is total and the same on every rewrite. */
  static final String ORDER = "source_country, target_country, day_first, event_id";
  /** Fewer appended rows than this are never worth a rewrite: they fit in one row group. */
  static final long MIN_UNCLUSTERED = 50_000;
  /** The share of the table the appended rows may reach before a rewrite. */
  static final double SHARE = 0.2;

  private static final String COUNTER = "events_unclustered";
  private static final String COPY = "temp.main.events_in_order";

  private EventClustering() {}

  /** Counts {@code rows} events appended out of order. */
  static void appended(Connection c, long rows) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE store_state SET value = value + ? WHERE name = ?")) {
      p.setLong(1, rows);
      p.setString(2, COUNTER);
      p.executeUpdate();
    }
  }

  /** Rewrites the table in order if the appended rows have reached their share; returns whether it did. */
  static boolean rewriteIfDue(Connection c) throws SQLException {
    long unclustered = scalar(c, "SELECT value FROM store_state WHERE name = '" + COUNTER + "'");
    // the table is counted only when the appended rows could be due at all, which most batches' are not
    if (unclustered < MIN_UNCLUSTERED || !due(unclustered, scalar(c, "SELECT count(*) FROM events"))) {
      return false;
    }
    rewrite(c);
    return true;
  }

  /** Whether {@code unclustered} appended rows in a table of {@code total} call for a rewrite. */
  static boolean due(long unclustered, long total) {
    return unclustered >= MIN_UNCLUSTERED && unclustered >= SHARE * total;
  }

  /** Rewrites every row in {@link #ORDER}, within the caller's transaction, and resets the count. */
  static void rewrite(Connection c) throws SQLException {
    rewrite(c, "SELECT * FROM events");
  }

  /** Rewrites the table with the rows of {@code rows} (every column of events, in their order) in {@link #ORDER}. */
  static void rewrite(Connection c, String rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE events_in_order AS SELECT * FROM (" + rows + ") ORDER BY " + ORDER);
      s.execute("DELETE FROM events");
      s.execute("INSERT INTO events SELECT * FROM " + COPY);
      s.execute("DROP TABLE " + COPY);
      s.execute("UPDATE store_state SET value = 0 WHERE name = '" + COUNTER + "'");
    }
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }
}
