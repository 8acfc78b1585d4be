package org.attache.app;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.store.DateRange;
import org.attache.store.Graph;
import org.attache.store.KnowledgeBase;
import org.attache.store.Period;
import org.attache.store.QuoteQuery;

/**
 * What {@code attache demo} prints after storing the demo corpus: the timeline between the two
 * countries whose actors interact most in the store, and the most recent quotes. Reads only.
 */
final class DemoSummary {

  private DemoSummary() {}

  /** Prints the top pair's timeline by month and the ten most recent quotes. */
  static void print(KnowledgeBase kb, PrintWriter out) {
    Optional<String[]> pair = topPair(kb.graph(DateRange.ALL));
    out.println();
    if (pair.isEmpty()) {
      out.println("No events between two countries were stored.");
    } else {
      TimelineCommand.print(kb.timeline(pair.get()[0], pair.get()[1], Period.MONTH), 3, out);
    }
    out.println();
    out.println("Most recent quotes");
    QuotesCommand.print(kb.quotes(new QuoteQuery(Optional.empty(), Optional.empty(), null, 10)), out);
    out.flush();
  }

  private static Optional<String[]> topPair(Graph g) {
    Map<String, String> country = new HashMap<>();
    g.nodes().forEach(n -> n.country().ifPresent(c -> country.put(n.id(), c.toLowerCase(Locale.ROOT))));
    Map<String, Integer> counts = new HashMap<>();
    for (Graph.Edge e : g.edges()) {
      String a = country.get(e.source());
      String b = country.get(e.target());
      if (a != null && b != null && !a.equals(b)) {
        counts.merge(a.compareTo(b) < 0 ? a + " " + b : b + " " + a, e.events(), Integer::sum);
      }
    }
    // most events first; among equals the alphabetically first pair, so that the demo prints the same every run
    java.util.Comparator<Map.Entry<String, Integer>> order = Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder());
    return counts.entrySet().stream().max(order).map(e -> e.getKey().split(" "));
  }
}
