package org.attache.app;

import java.io.PrintWriter;
import java.util.Locale;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;

/** Prints, for {@code extract --explain}, which pattern coded each event and on which words. */
final class Explanation {

  private Explanation() {}

  static void print(Analysis a, PrintWriter err) {
    for (Event e : a.events()) {
      err.printf(Locale.ROOT, "explain %s [%d,%d) %s %s -> %s %s %s | pattern %s | \"%s\"%n", a.article().id(), e.evidence().start(),
          e.evidence().end(), e.cameo(), e.source().name(), e.target().map(Actor::name).orElse("-"),
          e.date().map(FuzzyDate::iso).orElse("-"), e.status().name().toLowerCase(Locale.ROOT), e.pattern(),
          e.evidenceText().replaceAll("\\s+", " "));
    }
  }
}
