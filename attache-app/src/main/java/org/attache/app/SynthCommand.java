package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.store.AddResult;
import org.attache.store.KnowledgeBase;
import org.attache.store.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache synth}: fills a store with synthetic extracted records for benchmarks, written
 * straight into the store without the pipeline. Continues where an earlier run of the same seed
 * stopped, since the articles are numbered and stored idempotently.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, description = {
    "Write synthetic articles and their extracted records into a store, for benchmarks.",
    "With --articles DIR, write the articles themselves instead (DIR/<id>.txt and DIR/index.tsv), to feed `ingest` or `extract`."})
final class SynthCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--docs", defaultValue = "10000", description = "Articles to write (default 10000).")
  long docs;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1); the same seed writes the same articles.")
  long seed;

  @Option(names = "--batch", defaultValue = "5000", description = "Articles per transaction (default 5000).")
  int batch;

  @Option(names = "--paragraphs", defaultValue = "1", description = {"Paragraphs per article (default 1, some 70 words; 5 are some 350,"
      + " the length of real news), each with an event and a quote."})
  int paragraphs;

  @Option(names = "--articles", paramLabel = "DIR", description = "Write the articles as text files with an index.tsv here, not records into a store.")
  Path articles;

  @Override
  public Integer call() throws IOException {
    if (docs < 1 || batch < 1 || paragraphs < 1) {
      throw new UsageException("--docs, --batch and --paragraphs must be positive: " + docs + ", " + batch + ", " + paragraphs);
    }
    SyntheticCorpus corpus = new SyntheticCorpus(ActorRegistry.bundled(), seed, paragraphs);
    if (articles != null) {
      return writeArticles(corpus);
    }
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    try (KnowledgeBase kb = KnowledgeBase.open(store.dir)) {
      AddResult total = AddResult.NONE;
      for (long from = 0; from < docs; from += batch) {
        int n = (int) Math.min(batch, docs - from);
        total = total.plus(kb.add(corpus.batch(from, n)));
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "attache: synth %d/%d articles, %.0f articles/s%n", from + n, docs, (from + n) / s);
        err.flush();
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "added %d (unchanged %d), %d event mentions (%d merged); %d documents in %s, %.1f s%n",
          total.added(), total.unchanged(), total.events(), total.mergedEvents(), kb.documents(), kb.directory(), (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }

  /** The articles as a folder `ingest` reads: title, blank line, text; dates and outlets in index.tsv. */
  private int writeArticles(SyntheticCorpus corpus) throws IOException {
    Files.createDirectories(articles);
    List<String> index = new ArrayList<>(List.of("doc\tpublished\toutlet"));
    for (long n = 0; n < docs; n++) {
      Article a = corpus.article(n).article();
      Files.writeString(articles.resolve(a.id() + ".txt"), a.title() + "\n\n" + a.text() + "\n", StandardCharsets.UTF_8);
      index.add(a.id() + "\t" + a.published().map(FuzzyDate::iso).orElse("") + "\t" + a.outlet().orElse(""));
    }
    Files.write(articles.resolve("index.tsv"), index, StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d articles and index.tsv to %s%n", docs, articles);
    return 0;
  }
}
