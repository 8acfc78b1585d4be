package org.attache.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Entity;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.model.Quote;

/** Prints one analysis for a person to read: actors with roles, quotes with speakers, dated events. */
final class Report {

  private static final int QUOTE_WIDTH = 110;

  private Report() {}

  static void print(Analysis a, PrintWriter out) {
    out.println("== " + a.article().title() + "  [" + a.article().id() + ", "
        + a.article().published().map(FuzzyDate::iso).orElse("undated") + a.article().outlet().map(o -> ", " + o).orElse("") + "]");
    out.println("  Actors:");
    for (Entity e : a.entities()) {
      out.printf(Locale.ROOT, "    %-34s %-6s %s%n", e.name(), e.actor().type(), e.role().orElse(""));
    }
    out.println("  Quotes:");
    for (Quote q : a.quotes()) {
      out.printf(Locale.ROOT, "    %-22s %-8s \"%s\"%n", q.speaker().map(Actor::name).orElse("(unattributed)"),
          q.kind().name().toLowerCase(Locale.ROOT), shorten(q.text()));
    }
    out.println("  Events:");
    for (Event e : a.events()) {
      out.printf(Locale.ROOT, "    %-10s %-4s %s -> %s  (%s%s)  \"%s\"%n", e.date().map(FuzzyDate::iso).orElse("-"), e.cameo(),
          e.source().name(), e.target().map(Actor::name).orElse("-"), e.status().name().toLowerCase(Locale.ROOT),
          e.location().map(l -> ", in " + l).orElse(""), shorten(e.evidenceText()));
    }
    a.problems().forEach(p -> out.println("  Problem: " + p.stage() + ": " + p.message()));
    out.println();
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= QUOTE_WIDTH ? one : one.substring(0, QUOTE_WIDTH - 1) + "…";
  }
}
