package org.attache.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    try (InputStream in = Descriptions.class.getResourceAsStream("descriptions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("descriptions.tsv missing from the classpath");
      }
      Map<String, Set<String>> out = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        out.put(f[0].strip().toLowerCase(Locale.ROOT), Set.copyOf(Arrays.asList(f[1].strip().split("\\|"))));
      }
      return new Descriptions(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the offices {@code noun} usually names; empty when it names none. */
  public Set<String> offices(String noun) {
    return officesByNoun.getOrDefault(noun.toLowerCase(Locale.ROOT), Set.of());
  }

  boolean any(List<String> held, Set<String> wanted) {
    return held.stream().anyMatch(wanted::contains);
  }
}
