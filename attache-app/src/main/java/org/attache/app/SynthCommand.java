package org.attache.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
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
@Command(name = "synth", mixinStandardHelpOptions = true, description = "Write synthetic articles and their extracted records into a store, for benchmarks.")
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

  @Override
  public Integer call() {
    if (docs < 1 || batch < 1) {
      throw new UsageException("--docs and --batch must be positive: " + docs + ", " + batch);
    }
    SyntheticCorpus corpus = new SyntheticCorpus(ActorRegistry.bundled(), seed);
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
}
