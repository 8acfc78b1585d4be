package org.attache.app;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.app.server.AccessToken;
import org.attache.app.server.LoadBenchmark;
import org.attache.app.server.Server;
import org.attache.app.server.ServerConfig;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache serve-bench}: serves a store on a free loopback port in this process and loads it
 * with concurrent clients for a bounded time, then prints requests per second, latency percentiles
 * and errors. The figures in docs/server.md come from it.
 */
@Command(name = "serve-bench", mixinStandardHelpOptions = true, description = "Load the server with concurrent clients and report latencies.")
final class ServeBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--store", paramLabel = "DIR", defaultValue = "attache-data", description = "The store folder (default: ./attache-data).")
  java.nio.file.Path dir;

  @Option(names = "--clients", defaultValue = "200", description = "Concurrent clients (default 200, at most 2000).")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "How long to run (default 30, at most 600).")
  int seconds;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 2000 || seconds < 1 || seconds > 600) {
      throw new UsageException("--clients must lie in 1..2000 and --seconds in 1..600: " + clients + ", " + seconds);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = KnowledgeBase.open(dir);
         Server server = Server.start(kb, ServerConfig.of(ServerConfig.LOOPBACK, 0, AccessToken.forStore(dir, Optional.empty())),
             () -> Engine.pipeline(List.of(), List.of()))) {
      LoadBenchmark bench = new LoadBenchmark(URI.create(server.url()));
      List<String> mix = bench.mix();
      out.printf(Locale.ROOT, "%d documents; %d clients for %d s over %d request kinds: %s%n", kb.documents(), clients, seconds, mix.size(), mix);
      out.flush();
      bench.run(mix, Math.min(clients, 8), Duration.ofSeconds(Math.min(3, seconds)));
      LoadBenchmark.Report r = bench.run(mix, clients, Duration.ofSeconds(seconds));
      out.printf(Locale.ROOT, "requests %d (%.0f/s), errors %d; latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", r.requests(), r.perSecond(),
          r.errors(), r.p50(), r.p90(), r.p99(), r.max());
      return r.errors() == 0 ? 0 : 1;
    }
  }
}
