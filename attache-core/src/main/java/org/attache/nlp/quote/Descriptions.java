package org.attache.nlp.quote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.datafile.DataFile;
import org.attache.datafile.DataRow;

/**
 * The offices that descriptions like "the diplomat" or "the minister" point back to, from
 * {@code org/attache/nlp/quote/descriptions.tsv}, so that "the Russian diplomat noted" after a
 * paragraph about Putin and Lavrov goes to the foreign minister.
 */
public final class Descriptions {

  private final Map<String, Set<String>> officesByNoun;

  private Descriptions(Map<String, Set<String>> officesByNoun) {
    this.officesByNoun = Map.copyOf(officesByNoun);
  }

  public static Descriptions bundled() {
    Map<String, Set<String>> out = new HashMap<>();
    for (DataRow row : DataFile.bundled(Descriptions.class, "descriptions.tsv")) {
      out.put(row.get(0).toLowerCase(Locale.ROOT), Set.copyOf(Arrays.asList(row.get(1).split("\\|"))));
    }
    return new Descriptions(out);
  }


  /** Returns the offices {@code noun} usually names; empty when it names none. */
  public Set<String> offices(String noun) {
    return officesByNoun.getOrDefault(noun.toLowerCase(Locale.ROOT), Set.of());
  }

  boolean any(List<String> held, Set<String> wanted) {
    return held.stream().anyMatch(wanted::contains);
  }
}
