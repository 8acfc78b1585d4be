package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.corenlp.DefaultPipeline;
import org.attache.ingest.MetadataIndex;
import org.attache.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache bench}: throughput of the whole pipeline and, on the same text in the same run, of
 * CoreNLP's default pipeline, after one warm-up pass each; plus the peak heap of the process.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure articles/s and tokens/s against CoreNLP's default pipeline.")
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--repeat", defaultValue = "20", description = "Passes over the corpus (default 20).")
  int repeat;

  @Option(names = "--baseline-repeat", description = "Passes for the CoreNLP baseline (default: same as --repeat).")
  Integer baselineRepeat;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(names = "--meta", paramLabel = "FILE.tsv", description = "Metadata TSV for the corpus.")
  Path meta;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders of articles (default: the demo corpus).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (repeat < 1) {
      throw new UsageException("--repeat must be at least 1: " + repeat);
    }
    Path tmp = null;
    List<Path> files;
    MetadataIndex index;
    if (paths.isEmpty()) {
      tmp = Files.createTempDirectory("attache-bench");
      files = DemoCorpus.unpack(tmp);
      index = Extraction.meta(tmp.resolve("index.tsv"));
    } else {
      files = Corpus.files(paths);
      index = Extraction.meta(meta);
    }
    Extraction extraction = new Extraction(Engine.pipeline(List.of(), List.of()));
    List<Analysis> warm = new ArrayList<>();
    extraction.run(files, index, warm::add, new PrintWriter(java.io.Writer.nullWriter()));
    HeapSampler heap = HeapSampler.start();
    long t0 = System.nanoTime();
    for (int r = 0; r < repeat; r++) {
      extraction.run(files, index, a -> { }, new PrintWriter(java.io.Writer.nullWriter()));
    }
    double ours = seconds(t0);
    long peak = heap.stop();
    int baseRuns = baselineRepeat == null ? repeat : baselineRepeat;
    DefaultPipeline baseline = new DefaultPipeline();
    List<String> texts = warm.stream().map(a -> a.article().text()).toList();
    long tokens = 0;
    for (String t : texts) {
      tokens += baseline.annotate(t);
    }
    long t1 = System.nanoTime();
    long baseTokens = 0;
    for (int r = 0; r < baseRuns; r++) {
      for (String t : texts) {
        baseTokens += baseline.annotate(t);
      }
    }
    double theirs = seconds(t1);
    print(files.size(), tokens, ours, baseTokens, theirs, baseRuns, peak);
    return 0;
  }

  private void print(int articles, long tokensPerPass, double ours, long baseTokens, double theirs, int baseRuns, long peak) {
    double articlesPerSecond = articles * (double) repeat / ours;
    double tokensPerSecond = tokensPerPass * (double) repeat / ours;
    double baseTokensPerSecond = baseTokens / theirs;
    double baseArticlesPerSecond = articles * (double) baseRuns / theirs;
    double speedup = articlesPerSecond / baseArticlesPerSecond;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.printf(Locale.ROOT, "{\"tokensPerSecond\": %.1f, \"articlesPerSecond\": %.3f, \"baselineTokensPerSecond\": %.1f, "
          + "\"speedup\": %.2f, \"peakHeapMb\": %d}%n", tokensPerSecond, articlesPerSecond, baseTokensPerSecond, speedup, peak);
      return;
    }
    out.printf(Locale.ROOT, "corpus:   %d articles x %d passes (baseline %d passes)%n", articles, repeat, baseRuns);
    out.printf(Locale.ROOT, "attache:  %.2f articles/s, %.0f tokens/s%n", articlesPerSecond, tokensPerSecond);
    out.printf(Locale.ROOT, "corenlp:  %.2f articles/s, %.0f tokens/s (tokenize,ssplit,pos,lemma,ner,depparse)%n", baseArticlesPerSecond,
        baseTokensPerSecond);
    out.printf(Locale.ROOT, "speedup:  %.2fx%npeak heap: %d MB (Attaché's passes, sampled; the JVM runs with %d MB max)%n", speedup, peak,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
