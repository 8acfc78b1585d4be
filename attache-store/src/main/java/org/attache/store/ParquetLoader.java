package org.attache.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.attache.store.internal.ParquetAnalyses;

/**
 * Loads Parquet tables in the store's schema (the Spark job's output, or another store's Parquet
 * export) into a store, batch by batch through {@link KnowledgeBase#add}: the store dedups,
 * indexes and merges events as it does for articles it extracts itself.
 */
public final class ParquetLoader {

  private ParquetLoader() {}

  /** Adds every document under {@code dir} to {@code kb} in batches of {@code batch}; returns what was done. */
  public static AddResult load(KnowledgeBase kb, Path dir, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1: " + batch);
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no Parquet folder at " + dir);
    }
    AddResult[] total = {AddResult.NONE};
    try (ParquetAnalyses in = ParquetAnalyses.open(dir, batch)) {
      in.forEachBatch(b -> total[0] = total[0].plus(kb.add(b)));
    } catch (SQLException e) {
      throw new StoreException("cannot read Parquet tables in " + dir + ": " + e.getMessage(), e);
    }
    return total[0];
  }
}
