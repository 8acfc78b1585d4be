package org.attache.store.internal;

import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * Temporary tables, private to the writer's connection, that carry one batch's keys into joins.
 * DuckDB plans a join against a few thousand appended rows in milliseconds, while preparing a
 * statement with thousands of {@code ?} parameters took most of a batch's time; so the writer
 * appends its keys here and joins instead of binding lists.
 */
final class Scratch {

  /** The batch's articles: id and content hash. */
  static final String DOCS = "batch_docs";
  /** Articles whose stored version the batch replaces. */
  static final String GONE = "batch_gone";
  /** Merge-candidate windows: CAMEO root, actor pair and the days an event must overlap. */
  static final String WINDOWS = "batch_windows";
  /** Stored events the batch rewrites. */
  static final String STALE = "batch_stale";

  private static final String CATALOG = "temp";

  private Scratch() {}

  /** Creates the tables on {@code c}; they live as long as the connection, outside the store file. */
  static void create(DuckDBConnection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS " + DOCS + " (doc_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL)");
      s.execute("CREATE TEMP TABLE IF NOT EXISTS " + GONE + " (doc_id VARCHAR NOT NULL)");
      s.execute("CREATE TEMP TABLE IF NOT EXISTS " + WINDOWS + " (root VARCHAR NOT NULL, pair_key VARCHAR NOT NULL, lo DATE NOT NULL, hi DATE NOT NULL)");
      s.execute("CREATE TEMP TABLE IF NOT EXISTS " + STALE + " (event_id BIGINT NOT NULL)");
    }
  }

  /** Empties {@code table} and returns an appender that refills it within the open transaction. */
  static RowAppender refill(DuckDBConnection c, String table) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM " + CATALOG + ".main." + table);
    }
    return new RowAppender(c, CATALOG, table);
  }
}
