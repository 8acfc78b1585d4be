package org.attache.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache spark extract}: articles in, the store's Parquet tables out, on Spark. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract entities, quotes and events from articles on Spark and write Parquet tables partitioned by month.",
        "Reads JSON Lines, folders of .txt, WARC(.gz), HTML and feeds from any Hadoop path; "
            + "documents that cannot be read or analyzed go to the problems table.",
        "Load the output into a store with `attache load-parquet --store DIR OUT`."})
final class SparkExtractCommand implements Callable<Integer> {

  /** Spark's explanation of a closure it cannot serialize needs --add-opens on Java 17; without it, the real error shows. */
  static final String NO_DEBUGGER = "spark.serializer.extraDebugInfo";

  @Spec
  CommandSpec spec;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; default: what spark-submit sets.")
  String master;

  @Option(names = "--meta", paramLabel = "FILE.tsv", description = "TSV with doc and published columns (optional outlet, url, title).")
  Path meta;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor, role or office table (repeatable).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event-pattern table (repeatable).")
  List<Path> patterns = new ArrayList<>();

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions to extract in (default: 4 per core Spark offers).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
  boolean overwrite;

  @Option(names = "--all-languages", description = "Extract articles in every language (no language check).")
  boolean allLanguages;

  @Parameters(paramLabel = "PATH", arity = "2..*", description = "Inputs (files or folders), then the output folder.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SparkSession.Builder b = SparkSession.builder().appName("attache extract").config("spark.ui.showConsoleProgress", "false")
        .config(NO_DEBUGGER, "false");
    if (master != null) {
      b = b.master(master).config("spark.ui.enabled", "false");
    }
    if (master != null && master.startsWith("local")) {
      // embedded Spark talks only to itself: keep its driver on loopback, not on the host's interface address
      b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession spark = b.getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      long t0 = System.nanoTime();
      int n = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
      SparkExtraction.Job job = new SparkExtraction.Job(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), ship(spark, meta), n,
          overwrite, allLanguages);
      PipelineFactory factory = new PipelineFactory(shipAll(spark, actors), shipAll(spark, patterns));
      SparkExtraction.Summary s = SparkExtraction.run(spark, job, factory);
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "attache: %s in %.1f s (%.2f articles/s)%n", s.line(), seconds, s.documents() / seconds);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Ships a local file to every executor; returns the name executors find it under. */
  private static Optional<String> ship(SparkSession spark, Path file) {
    if (file == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    spark.sparkContext().addFile(file.toAbsolutePath().toString());
    return Optional.of(file.getFileName().toString());
  }

  private static List<String> shipAll(SparkSession spark, List<Path> files) {
    return files.stream().map(f -> ship(spark, f).orElseThrow()).toList();
  }
}
