package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.store.Graph;
import org.attache.store.GraphFormat;
import org.attache.store.GraphWriter;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache graph}: the actor network for Gephi, yEd or a web page. */
@Command(name = "graph", mixinStandardHelpOptions = true, description = "Write the actor network (events that happened) as GraphML, GEXF or JSON.")
final class GraphCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Mixin
  DateOptions dates;

  @Option(names = "--format", required = true, description = "graphml, gexf or json.")
  GraphFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Path outFile;

  @Override
  public Integer call() throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      Graph g = kb.graph(dates.range());
      if (outFile == null) {
        new GraphWriter().write(g, format, spec.commandLine().getOut());
        return 0;
      }
      try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        new GraphWriter().write(g, format, w);
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println("attache: wrote " + g.nodes().size() + " actors and " + g.edges().size() + " edges to " + outFile);
      return 0;
    }
  }
}
