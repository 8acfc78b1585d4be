package org.attache.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.store.KnowledgeBase;
import org.attache.store.QuoteQuery;
import org.attache.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache quotes}: who said what about whom, newest first. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotes by speaker, subject and date.")
final class QuotesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--speaker", paramLabel = "X", description = "Said by this actor (a country: by anyone of it).")
  String speaker;

  @Option(names = "--about", paramLabel = "Y", description = "About this actor.")
  String about;

  @Mixin
  DateOptions dates;

  @Option(names = "--limit", defaultValue = "20", description = "Quotes to show (default 20).")
  int limit;

  @Override
  public Integer call() {
    QuoteQuery q = new QuoteQuery(Optional.ofNullable(speaker), Optional.ofNullable(about), dates.range(), limit);
    PrintWriter out = spec.commandLine().getOut();
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      List<StoredQuote> quotes = kb.quotes(q);
      if (store.json) {
        JsonOut.print(out, quotes);
        return 0;
      }
      print(quotes, out);
      out.println(quotes.size() + " quotes");
      return 0;
    }
  }

  static void print(List<StoredQuote> quotes, PrintWriter out) {
    TextTable t = new TextTable(List.of("date", "outlet", "speaker", "about", "quote"), 10, 14, 24, 24, 100);
    for (StoredQuote s : quotes) {
      t.row(s.published().orElse(""), s.outlet().orElse(""), s.speaker().orElse("(unattributed)"), String.join(", ", s.about()),
          "\u201c" + s.text() + "\u201d");
    }
    t.print(out);
  }
}
