package org.attache.nlp.event;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attache.datafile.DataFile;
import org.attache.datafile.DataRow;

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
    Map<String, Plover> m = new LinkedHashMap<>();
    for (DataRow row : DataFile.bundled(PloverTable.class, "plover.tsv")) {
      row.requireFields(3);
      if (!row.get(0).matches("\\d{2,4}")) {
        throw row.problem("cameo must be 2-4 digits: '" + row.get(0) + "'");
      }
      String mode = row.get(2);
      m.put(row.get(0), new Plover(row.get(1), mode.equals("-") ? Optional.empty() : Optional.of(mode)));
    }
    return new PloverTable(m);
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
