package org.attache.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps CAMEO codes to PLOVER event types and modes, from {@code org/attache/nlp/event/plover.tsv},
 * so that each event is stated in both ontologies analysts use. The longest matching prefix wins.
 */
public final class PloverTable {

  /** A PLOVER type and, where PLOVER has one, its mode. */
  public record Plover(String type, Optional<String> mode) {}

  private final Map<String, Plover> byPrefix;

  private PloverTable(Map<String, Plover> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  public static PloverTable bundled() {
    try (InputStream in = PloverTable.class.getResourceAsStream("plover.tsv")) {
      if (in == null) {
        throw new IllegalStateException("plover.tsv missing from the classpath");
      }
      Map<String, Plover> m = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !f[0].strip().matches("\\d{2,4}")) {
          throw new IllegalStateException("plover.tsv:" + n + ": want cameo<TAB>type<TAB>mode");
        }
        String mode = f[2].strip();
        m.put(f[0].strip(), new Plover(f[1].strip(), mode.equals("-") ? Optional.empty() : Optional.of(mode)));
      }
      return new PloverTable(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the PLOVER type of {@code cameo}, by its longest listed prefix; empty for 01 and 09. */
  public Optional<Plover> lookup(String cameo) {
    for (int len = cameo.length(); len >= 2; len--) {
      Plover p = byPrefix.get(cameo.substring(0, len));
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
