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
import org.attache.model.Analysis;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache demo}: the main job on the bundled demo corpus. Extracts every article, prints a
 * readable report of each, stores them in a temporary knowledge base, and prints the timeline of
 * the most active pair of countries and the most recent quotes from it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Attaché on the bundled demo corpus and print what it finds.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("attache-demo");
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
      }
      out.println("Read " + s.read() + " articles, " + s.withProblems() + " with problems.");
      return s.withProblems() == 0 ? 0 : 1;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
