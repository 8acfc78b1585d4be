package org.attache.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Precision and recall of the words an extractor kept against the words marked by hand. */
record WordOverlap(int kept, int gold, int both) {

  static WordOverlap of(String extracted, String marked) {
    Map<String, Integer> a = bag(extracted);
    Map<String, Integer> g = bag(marked);
    int both = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      both += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    return new WordOverlap(a.values().stream().mapToInt(Integer::intValue).sum(), g.values().stream().mapToInt(Integer::intValue).sum(),
        both);
  }

  WordOverlap plus(WordOverlap o) {
    return new WordOverlap(kept + o.kept, gold + o.gold, both + o.both);
  }

  double precision() {
    return kept == 0 ? 0 : both / (double) kept;
  }

  double recall() {
    return gold == 0 ? 0 : both / (double) gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.merge(w, 1, Integer::sum);
      }
    }
    return out;
  }
}
