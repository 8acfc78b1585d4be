package org.attache.nlp.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.datafile.DataFile;
import org.attache.datafile.DataRow;

/**
 * The CAMEO code table: label, Goldstein weight and quad class per code, from the bundled
 * {@code org/attache/nlp/event/cameo.tsv} plus the user's files in the same format. Timelines,
 * graphs and exports weigh events with it. Immutable once loaded and thread-safe.
 */
public final class CameoTable {

  /** One row of the table. */
  public record Entry(String code, String label, double goldstein, int quadClass) {
    public Entry {
      if (!code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
      }
      if (goldstein < -10 || goldstein > 10) {
        throw new IllegalArgumentException("Goldstein weight must lie in -10..10: " + goldstein + " for " + code);
      }
      if (quadClass < 1 || quadClass > 4) {
        throw new IllegalArgumentException("quad class must be 1..4: " + quadClass + " for " + code);
      }
    }
  }

  private final Map<String, Entry> byCode;

  private CameoTable(Map<String, Entry> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  public static CameoTable bundled() {
    return load(List.of());
  }

  /** Loads the bundled table, then {@code userFiles}; a later row for a code wins. */
  public static CameoTable load(List<Path> userFiles) {
    List<DataRow> rows = new ArrayList<>(DataFile.bundled(CameoTable.class, "cameo.tsv"));
    userFiles.forEach(p -> rows.addAll(DataFile.file(p)));
    Map<String, Entry> m = new LinkedHashMap<>();
    for (DataRow row : rows) {
      Entry e = entry(row.requireFields(4));
      m.put(e.code(), e);
    }
    return new CameoTable(m);
  }


  /** Returns the entry for {@code code}, falling back to its 3-digit parent and then its root. */
  public Optional<Entry> lookup(String code) {
    for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
      Entry e = byCode.get(c);
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  public Collection<Entry> all() {
    return byCode.values();
  }

  private static Entry entry(DataRow row) {
    try {
      return new Entry(row.get(0), row.get(1), Double.parseDouble(row.get(2)), Integer.parseInt(row.get(3)));
    } catch (IllegalArgumentException e) {
      throw row.problem(e.getMessage());
    }
  }

}
