package org.attache.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.store.KnowledgeBase;
import org.attache.store.Period;
import org.attache.store.Timeline;
import org.attache.store.TimelineEvent;
import org.attache.store.TimelinePeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache timeline}: the events between two actors or countries, per period. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Events between A and B (actors, or countries with their officials) per period: counts per quad class, mean Goldstein, evidence.")
final class TimelineCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--by", defaultValue = "month", description = "Period: week, month or year (default month).")
  Period by;

  @Option(names = "--events", defaultValue = "5", description = "Events to list per period, the most told (default 5); the counts cover all.")
  int events;

  @Parameters(index = "0", paramLabel = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B")
  String b;

  @Override
  public Integer call() {
    if (events < 0) {
      throw new UsageException("--events must not be negative: " + events);
    }
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      Timeline t = kb.timeline(a, b, by, events);
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        JsonOut.print(out, t);
      } else {
        print(t, events, out);
      }
      return 0;
    }
  }

  static void print(Timeline t, int perPeriod, PrintWriter out) {
    if (t.a().isEmpty() || t.b().isEmpty()) {
      out.println("no stored actor matches " + (t.a().isEmpty() ? "the first side" : "the second side"));
      out.flush();
      return;
    }
    out.println(t.a().get(0).name() + " \u2194 " + t.b().get(0).name() + ", by " + t.by().name().toLowerCase(Locale.ROOT));
    TextTable table = new TextTable(List.of("period", "verbal coop", "material coop", "verbal conflict", "material conflict", "Goldstein"));
    for (TimelinePeriod p : t.periods()) {
      table.row(p.start(), p.quadCounts().get(0), p.quadCounts().get(1), p.quadCounts().get(2), p.quadCounts().get(3),
          p.meanGoldstein().isPresent() ? String.format(Locale.ROOT, "%+.2f", p.meanGoldstein().getAsDouble()) : "");
    }
    table.print(out);
    TextTable ev = new TextTable(List.of("date", "cameo", "event", "source", "target", "status", "told", "evidence"), 10, 5, 22, 20, 20, 9, 4, 80);
    for (TimelinePeriod p : t.periods()) {
      p.events().stream().limit(perPeriod).forEach((TimelineEvent e) -> ev.row(e.date().orElse(p.start().toString()), e.cameo(), e.label(),
          e.source(), e.target().orElse(""), e.status(), e.mentions(), e.evidence()));
    }
    if (!ev.isEmpty()) {
      out.println();
      ev.print(out);
    }
    out.flush();
  }
}
