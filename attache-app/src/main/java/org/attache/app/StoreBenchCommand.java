package org.attache.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.store.KnowledgeBase;
import org.attache.store.synth.QueryBenchmark;
import org.attache.store.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache store-bench}: query latency percentiles on a store filled by {@code synth}. */
@Command(name = "store-bench", mixinStandardHelpOptions = true, description = "Measure search, timeline and quotes latency (p50/p95/p99) on a synth store.")
final class StoreBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--runs", defaultValue = "200", description = "Timed calls per query (default 200).")
  int runs;

  @Option(names = "--seed", defaultValue = "1", description = "The seed the store was synthesized with (default 1).")
  long seed;

  @Override
  public Integer call() {
    if (runs < 1) {
      throw new UsageException("--runs must be positive: " + runs);
    }
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      List<QueryBenchmark.Figures> figures = new QueryBenchmark(kb, new SyntheticCorpus(ActorRegistry.bundled(), seed), seed).run(runs);
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        JsonOut.print(out, java.util.Map.of("documents", kb.documents(), "cores", Runtime.getRuntime().availableProcessors(), "figures", figures));
        return 0;
      }
      out.println(kb.documents() + " documents, " + Runtime.getRuntime().availableProcessors() + " cores");
      figures.forEach(f -> out.println(f.line()));
      out.flush();
      return 0;
    }
  }
}
