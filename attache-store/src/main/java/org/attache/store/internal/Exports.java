package org.attache.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.ExportFormat;

/**
 * Writes the store out with DuckDB's own COPY: one file per table as JSON Lines, CSV or Parquet
 * (all three built into the driver, so they work offline), or the merged events as a GDELT
 * 1.0-style TSV with the columns Attaché can fill (documented in docs/store.md).
 */
final class Exports {

  static final List<String> TABLES = List.of("documents", "actors", "roles", "mentions", "quotes", "quote_about", "events", "event_mentions",
      "problems");

  private static final String GDELT = "SELECT e.event_id AS GLOBALEVENTID, CAST(strftime(e.day_first, '%Y%m%d') AS INTEGER) AS SQLDATE,"
      + " CAST(strftime(e.day_first, '%Y%m') AS INTEGER) AS MonthYear, year(e.day_first) AS \"Year\","
      + " upper(coalesce(e.source_country, '')) AS Actor1Code, e.source AS Actor1Name, upper(e.source_country) AS Actor1CountryCode,"
      + " upper(coalesce(e.target_country, '')) AS Actor2Code, e.target AS Actor2Name, upper(e.target_country) AS Actor2CountryCode,"
      + " 1 AS IsRootEvent, lpad(e.cameo, 3, '0') AS EventCode, substr(lpad(e.cameo, 3, '0'), 1, 3) AS EventBaseCode,"
      + " e.root AS EventRootCode, e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale, e.mentions AS NumMentions,"
      + " m.sources AS NumSources, m.articles AS NumArticles, e.location AS ActionGeo_FullName, e.status AS AttacheStatus,"
      + " m.url AS SOURCEURL FROM event_v e LEFT JOIN (SELECT x.event_id, count(DISTINCT d.outlet) AS sources,"
      + " count(DISTINCT x.doc_id) AS articles, min(d.url) AS url FROM event_mentions x JOIN documents d ON d.doc_id = x.doc_id"
      + " GROUP BY x.event_id) m ON m.event_id = e.event_id WHERE e.day_first IS NOT NULL ORDER BY e.event_id";

  private Exports() {}

  /** Writes the export into {@code dir}; returns the files written. */
  static List<Path> write(Connection c, ExportFormat format, Path dir) throws SQLException {
    List<Path> out = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      if (format == ExportFormat.GDELT) {
        Path f = dir.resolve("events.gdelt.tsv");
        s.execute("COPY (" + GDELT + ") TO " + literal(f) + " (FORMAT csv, DELIMITER '\t', HEADER true)");
        out.add(f);
        return out;
      }
      PerTable shape = PerTable.of(format);
      for (String table : TABLES) {
        Path f = dir.resolve(table + shape.extension());
        s.execute("COPY (SELECT * FROM " + table + ") TO " + literal(f) + " " + shape.options());
        out.add(f);
      }
    }
    return out;
  }

  /** The file name ending and COPY options of one per-table format. */
  private record PerTable(String extension, String options) {
    static PerTable of(ExportFormat f) {
      switch (f) {
        case JSONL:
          return new PerTable(".jsonl", "(FORMAT json)");
        case CSV:
          return new PerTable(".csv", "(FORMAT csv, HEADER true)");
        case PARQUET:
          return new PerTable(".parquet", "(FORMAT parquet, COMPRESSION zstd)");
        default:
          throw new IllegalArgumentException("no per-table files for format " + f);
      }
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
