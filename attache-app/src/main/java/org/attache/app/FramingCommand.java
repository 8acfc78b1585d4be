package org.attache.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.FramingCount;
import org.attache.store.FramingTerms;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache framing}: which outlets say which of the competing names. */
@Command(name = "framing", mixinStandardHelpOptions = true,
    description = "Per outlet, counts of competing terms (Nagorno-Karabakh vs Karabakh, Zangezur vs Syunik, ...).")
final class FramingCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--terms", paramLabel = "FILE", description = "Extra terms table (topic, term, variants; repeatable).")
  List<Path> terms = new ArrayList<>();

  @Override
  public Integer call() {
    FramingTerms t = FramingTerms.load(terms);
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      List<FramingCount> counts = kb.framing(t);
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        JsonOut.print(out, counts);
        return 0;
      }
      TextTable table = new TextTable(List.of("topic", "outlet", "term", "uses", "articles"));
      counts.forEach(c -> table.row(c.topic(), c.outlet(), c.term(), c.uses(), c.articles()));
      table.print(out);
      return 0;
    }
  }
}
