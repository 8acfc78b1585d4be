package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache demo}: the main job on the bundled demo corpus, printed as a readable report. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Attaché on the bundled demo corpus and print what it finds.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("attache-demo");
    try {
      List<Path> files = DemoCorpus.unpack(dir);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Attaché demo: " + files.size() + " articles. Loading the language models (once)...");
      out.flush();
      Extraction extraction = new Extraction(Engine.pipeline(List.of(), List.of()));
      Extraction.Summary s = extraction.run(files, Extraction.meta(dir.resolve("index.tsv")), a -> {
        Report.print(a, out);
        out.flush();
      }, spec.commandLine().getErr());
      out.println("Read " + s.read() + " documents, " + s.withProblems() + " with problems.");
      return s.withProblems() == 0 ? 0 : 1;
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
