package org.attache.store;

/** The bucket a timeline counts events in; named for DuckDB's {@code date_trunc} parts. */
public enum Period {
  WEEK,
  MONTH,
  YEAR;

  String sqlPart() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
