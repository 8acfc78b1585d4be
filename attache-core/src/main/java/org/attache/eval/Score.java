package org.attache.eval;

import static org.attache.eval.PythonRepr.reprFloat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The result of scoring: counts summed over all scored documents, and each document's own, in the
 * order the gold documents were scored. It prints itself exactly as {@code score.py} does, so
 * numbers from `attache eval` and from the reference scorer can be compared as text.
 */
public record Score(Map<Facet, Counts> total, Map<String, Map<Facet, Counts>> perDocument) {

  public Score {
    total = facets(Objects.requireNonNull(total, "total"), "total");
    Map<String, Map<Facet, Counts>> docs = new LinkedHashMap<>();
    Objects.requireNonNull(perDocument, "perDocument")
        .forEach((doc, counts) -> docs.put(doc, facets(counts, "perDocument[" + doc + "]")));
    perDocument = Collections.unmodifiableMap(docs);
  }

  /**
   * Returns what {@code score.py --json} prints (without the final newline): precision, recall
   * and F1 per facet under "total", and the four counts per facet under "counts".
   */
  public String toJson() {
    StringJoiner totals = new StringJoiner(",\n", "{\n", "\n }");
    StringJoiner counts = new StringJoiner(",\n", "{\n", "\n }");
    total.forEach((facet, c) -> {
      Prf prf = c.prf();
      totals.add("  \"" + facet.key() + "\": {\n"
          + "   \"precision\": " + reprFloat(prf.precision()) + ",\n"
          + "   \"recall\": " + reprFloat(prf.recall()) + ",\n"
          + "   \"f1\": " + reprFloat(prf.f1()) + "\n"
          + "  }");
      counts.add("  \"" + facet.key() + "\": [\n"
          + "   " + c.systemRight() + ",\n"
          + "   " + c.systemTotal() + ",\n"
          + "   " + c.goldFound() + ",\n"
          + "   " + c.goldTotal() + "\n"
          + "  ]");
    });
    return "{\n \"total\": " + totals + ",\n \"counts\": " + counts + "\n}";
  }

  /**
   * Returns what {@code score.py} prints without {@code --json} (without the final newline): a
   * header, then per facet P, R and F1 to three decimals with the counts behind them.
   */
  public String toTable() {
    StringJoiner lines = new StringJoiner("\n");
    lines.add(String.format(Locale.ROOT, "%-10s %6s %6s %6s   (sys right/sys, gold found/gold)",
        "", "P", "R", "F1"));
    total.forEach((facet, c) -> {
      Prf prf = c.prf();
      lines.add(String.format(Locale.ROOT, "%-10s %6s %6s %6s   (%d/%d, %d/%d)",
          facet.key(), threeDecimals(prf.precision()), threeDecimals(prf.recall()),
          threeDecimals(prf.f1()), c.systemRight(), c.systemTotal(), c.goldFound(), c.goldTotal()));
    });
    return lines.toString();
  }

  // Python's "%.3f" rounds the double's exact binary value, half to even; Java's Formatter rounds
  // half up from its decimal form, so a precision of 1/16 would print 0.063 where Python has 0.062.
  private static String threeDecimals(double d) {
    return new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static Map<Facet, Counts> facets(Map<Facet, Counts> counts, String name) {
    Objects.requireNonNull(counts, name);
    Map<Facet, Counts> copy = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      Counts c = counts.get(facet);
      if (c == null) {
        throw new IllegalArgumentException(name + " has no counts for " + facet.key());
      }
      copy.put(facet, c);
    }
    return Collections.unmodifiableMap(copy);
  }
}
