package org.attache.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.KnownActor;
import org.attache.nlp.actor.Names;
import org.attache.nlp.actor.Tenure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache actors}: what the registry knows, so a user can check a name or a role. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List registry actors matching QUERY, with their roles.")
final class ActorsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor, role or office table (repeatable).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--strict", description = "Fail on any malformed registry line.")
  boolean strict;

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Part of a name or alias; all actors when absent.")
  String query;

  @Override
  public Integer call() {
    ActorRegistry registry = ActorRegistry.load(actors, strict);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    registry.warnings().forEach(w -> err.println("attache: registry: " + w));
    String q = query == null ? "" : Names.fold(query);
    int shown = 0;
    for (KnownActor a : registry.all()) {
      if (!q.isEmpty() && !matches(a, q)) {
        continue;
      }
      shown++;
      out.printf(Locale.ROOT, "%-32s %-6s %-4s %s%n", a.actor().name(), a.actor().type(), a.actor().country().orElse("-"),
          String.join(", ", a.actor().aliases()));
      for (Tenure t : registry.roles(a.id())) {
        out.printf(Locale.ROOT, "    %s .. %s  %s%n", t.start().iso(), t.end().map(e -> e.iso()).orElse("now"), t.title());
      }
    }
    out.println(shown + " actors");
    return 0;
  }

  private static boolean matches(KnownActor a, String q) {
    if (Names.fold(a.actor().name()).contains(q)) {
      return true;
    }
    return a.actor().aliases().stream().anyMatch(al -> Names.fold(al).contains(q));
  }
}
