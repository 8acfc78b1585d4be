package org.attache.eval;

import static org.attache.eval.PythonValues.get;
import static org.attache.eval.PythonValues.items;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which CAMEO root the system gave where the gold has an event: for each gold event, the system
 * event with the same actors and an agreeing date (the one with the same root if there is one),
 * or {@code none}. System events left over are counted in the {@code none} row. It tells a wrong
 * code (an off-diagonal cell) from a missed event (the {@code none} column), which F1 alone
 * cannot.
 */
public final class RootConfusion {

  static final String NONE = "none";

  private final Map<String, Map<String, Integer>> cells = new TreeMap<>();

  private RootConfusion() {}

  /** Compares every gold document with the system's document of the same id. */
  public static RootConfusion of(Map<String, JsonNode> gold, Map<String, JsonNode> system) {
    RootConfusion c = new RootConfusion();
    for (Map.Entry<String, JsonNode> doc : gold.entrySet()) {
      JsonNode found = system.get(doc.getKey());
      c.addDocument(doc.getValue(), found == null ? GoldScorer.NO_DOCUMENT : found);
    }
    return c;
  }

  private void addDocument(JsonNode gold, JsonNode system) {
    AliasTable names = new AliasTable(gold);
    List<JsonNode> sv = items(get(system, "events"));
    boolean[] used = new boolean[sv.size()];
    for (JsonNode g : items(get(gold, "events"))) {
      int best = -1;
      for (int i = 0; i < sv.size(); i++) {
        if (!used[i] && GoldScorer.sameActors(g, sv.get(i), names)
            && (best < 0 || GoldScorer.root(sv.get(i)).equals(GoldScorer.root(g)))) {
          best = i;
        }
      }
      if (best >= 0) {
        used[best] = true;
      }
      add(GoldScorer.root(g), best < 0 ? NONE : GoldScorer.root(sv.get(best)));
    }
    for (int i = 0; i < sv.size(); i++) {
      if (!used[i]) {
        add(NONE, GoldScorer.root(sv.get(i)));
      }
    }
  }

  private void add(String goldRoot, String systemRoot) {
    cells.computeIfAbsent(goldRoot, k -> new TreeMap<>()).merge(systemRoot, 1, Integer::sum);
  }

  /** Returns how many gold events of {@code goldRoot} got {@code systemRoot} ("none": not found). */
  public int count(String goldRoot, String systemRoot) {
    return cells.getOrDefault(goldRoot, Map.of()).getOrDefault(systemRoot, 0);
  }

  /** Returns the table: gold roots down, system roots across, "none" last both ways. */
  public String toTable() {
    TreeSet<String> columns = new TreeSet<>();
    cells.values().forEach(row -> columns.addAll(row.keySet()));
    columns.remove(NONE);
    List<String> cols = new java.util.ArrayList<>(columns);
    cols.add(NONE);
    List<String> rows = new java.util.ArrayList<>(cells.keySet());
    rows.remove(NONE);
    rows.add(NONE);
    StringBuilder out = new StringBuilder(String.format("%-9s", "gold\\sys"));
    cols.forEach(col -> out.append(String.format("%5s", col)));
    for (String row : rows) {
      out.append('\n').append(String.format("%-9s", row));
      cols.forEach(col -> out.append(String.format("%5d", count(row, col))));
    }
    return out.toString();
  }
}
