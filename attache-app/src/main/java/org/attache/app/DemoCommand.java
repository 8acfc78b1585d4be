package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attache.app.server.Server;
import org.attache.model.Analysis;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache demo}: the main job on the bundled demo corpus. Extracts every article, prints a
 * readable report of each, stores them in a temporary knowledge base, prints the timeline of the
 * most active pair of countries and the most recent quotes, then serves the web UI over that store
 * on loopback until interrupted ({@code --no-serve} stops after the report).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Attaché on the bundled demo corpus and print what it finds.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Option(names = "--no-serve", description = "Stop after the report instead of serving the web UI.")
  boolean noServe;

  @picocli.CommandLine.Option(names = "--port", defaultValue = "7070", description = "Port for the web UI (default 7070; 0 picks a free one).")
  int port;

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("attache-demo");
    Thread cleanup = new Thread(() -> delete(dir), "attache-demo-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      List<Path> files = DemoCorpus.unpack(dir.resolve("corpus"));
      PrintWriter out = spec.commandLine().getOut();
      out.println("Attaché demo: " + files.size() + " articles. Loading the language models (once)...");
      out.flush();
      Extraction extraction = new Extraction(Engine.pipeline(List.of(), List.of()));
      List<Analysis> analyses = new ArrayList<>();
      Extraction.Summary s = extraction.run(files, Extraction.meta(dir.resolve("corpus/index.tsv")), a -> {
        Report.print(a, out);
        out.flush();
        analyses.add(a);
      }, spec.commandLine().getErr());
      try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("store"))) {
        kb.add(analyses);
        out.println("Stored " + kb.documents() + " articles in a temporary knowledge base.");
        DemoSummary.print(kb, out);
        out.println("Read " + s.read() + " articles, " + s.withProblems() + " with problems.");
        if (!noServe) {
          serve(kb, out);
        }
      }
      return s.withProblems() == 0 ? 0 : 1;
    } finally {
      delete(dir);
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
  }

  private void serve(KnowledgeBase kb, PrintWriter out) {
    try (Server server = startOnFreePort(kb)) {
      out.println();
      out.println("Explore the demo corpus at " + server.url() + "  (Ctrl-C to stop)");
      if (server.token().created()) {
        out.println("ingest token (for POST /api/ingest): " + server.token().value());
      }
      out.flush();
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The demo's port, or a free one when something else holds it. */
  private Server startOnFreePort(KnowledgeBase kb) {
    try {
      return Server.start(kb, "127.0.0.1", port, () -> Engine.pipeline(List.of(), List.of()));
    } catch (RuntimeException e) {
      return Server.start(kb, "127.0.0.1", 0, () -> Engine.pipeline(List.of(), List.of()));
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // already gone: the shutdown hook and the finally block may both try
    }
  }
}
