package org.attache.spark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.attache.spark.internal.EventMerge;
import org.attache.spark.internal.Extractor;
import org.attache.spark.internal.Facts;
import org.attache.spark.internal.Inputs;
import org.attache.spark.internal.Tables;

/**
 * The Spark job, the module's front door: reads articles from any Hadoop path, extracts them
 * partition by partition with one pipeline per executor JVM, merges the same event across
 * articles, and writes the store's tables as Parquet (one folder per table, partitioned by
 * month). Bad records become rows of the {@code problems} table; they never fail the job.
 */
public final class SparkExtraction {

  /**
   * What to run on.
   *
   * @param inputs files or folders (JSON Lines, text, WARC, WARC.gz, HTML, feeds), any Hadoop URI
   * @param output the folder the tables are written to
   * @param metaFile a TSV of doc, published, outlet (as the CLI's {@code --meta}), already shipped
   *     with {@code SparkContext.addFile}, by its file name; empty for none
   * @param partitions how many partitions extraction runs in (at least the cores, for balance)
   * @param overwrite whether an existing output folder is replaced
   * @param allLanguages whether articles not in English are extracted too (else each is a
   *     {@code skipped} row of the problems table, as the CLI notes it on stderr)
   */
  public record Job(List<String> inputs, String output, Optional<String> metaFile, int partitions, boolean overwrite,
      boolean allLanguages) {

    public Job {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("inputs must name at least one file or folder");
      }
      Objects.requireNonNull(output, "output");
      metaFile = Objects.requireNonNullElse(metaFile, Optional.empty());
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
      }
    }
  }

  /** What a run wrote: documents read, documents with problems, event tellings and merged events. */
  public record Summary(long documents, long withProblems, long tellings, long events) {

    public String line() {
      return "extracted " + documents + " documents (" + withProblems + " with problems), " + tellings + " event mentions in " + events
          + " events";
    }
  }

  private SparkExtraction() {}

  /** Runs the job on {@code spark}, building each executor's pipeline from {@code source}. */
  public static Summary run(SparkSession spark, Job job, PipelineSource source) {
    configure(spark);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    JavaRDD<Facts> facts = Inputs.of(sc, job.inputs(), job.partitions())
        .mapPartitions(new Extractor(source, job.metaFile().orElse(null), now, !job.allLanguages())).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = job.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      for (Tables.Table t : Tables.PER_DOCUMENT) {
        String name = t.name();
        Dataset<Row> rows = spark.createDataFrame(facts.flatMap(f -> f.of(name).iterator()), t.withMonth());
        if (t.name().equals("documents")) {
          rows = rows.withColumn("seq", functions.monotonically_increasing_id());
        }
        write(rows, job.output(), t.name(), mode, true);
      }
      Dataset<Row> actors = spark.createDataFrame(facts.flatMap(f -> f.actors().iterator()), Tables.ACTORS).dropDuplicates("actor_id");
      write(actors, job.output(), Tables.ACTORS_TABLE.name(), mode, false);
      JavaRDD<EventMerge.Merged> merged = EventMerge.merge(facts.flatMap(f -> f.tellings().iterator())).persist(StorageLevel.MEMORY_AND_DISK());
      write(spark.createDataFrame(merged.map(EventMerge.Merged::event), Tables.EVENTS_TABLE.withMonth()), job.output(),
          Tables.EVENTS_TABLE.name(), mode, true);
      write(spark.createDataFrame(merged.flatMap(m -> m.mentions().iterator()), Tables.EVENT_MENTIONS_TABLE.withMonth()), job.output(),
          Tables.EVENT_MENTIONS_TABLE.name(), mode, true);
      long documents = facts.filter(f -> !f.of("documents").isEmpty()).count();
      long failed = facts.filter(Facts::problem).count();
      long tellings = merged.map(m -> (long) m.mentions().size()).fold(0L, Long::sum);
      Summary s = new Summary(documents, failed, tellings, merged.count());
      merged.unpersist(false);
      return s;
    } finally {
      facts.unpersist(false);
    }
  }

  /** Sets what the tables' types need: java.time values, UTC, microsecond timestamps, zstd as the store's export. */
  static void configure(SparkSession spark) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    spark.conf().set("spark.sql.parquet.compression.codec", "zstd");
  }

  private static void write(Dataset<Row> rows, String output, String table, SaveMode mode, boolean byMonth) {
    var w = rows.write().mode(mode);
    // an empty table written by partition leaves no file to read its columns from
    if (byMonth && !rows.isEmpty()) {
      w = w.partitionBy(Tables.MONTH);
    }
    w.parquet(output + "/" + table);
  }
}
