package org.attache.store;

/**
 * The shapes {@code export} writes: one file per table as JSON Lines, CSV or Parquet, or events as
 * a GDELT 1.0-style tab-separated file for tools that read GDELT.
 */
public enum ExportFormat {
  JSONL,
  CSV,
  PARQUET,
  GDELT
}
