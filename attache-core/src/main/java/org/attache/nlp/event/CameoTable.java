package org.attache.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    Map<String, Entry> m = new LinkedHashMap<>();
    try (InputStream in = CameoTable.class.getResourceAsStream("cameo.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cameo.tsv missing from the classpath");
      }
      read("cameo.tsv", in, m);
      for (Path p : userFiles) {
        try (InputStream u = Files.newInputStream(p)) {
          read(p.toString(), u, m);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CAMEO table: " + e.getMessage(), e);
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

  private static void read(String source, InputStream in, Map<String, Entry> into) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    boolean header = true;
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
      try {
        if (f.length != 4) {
          throw new IllegalArgumentException("expected 4 tab-separated fields, found " + f.length);
        }
        Entry e = new Entry(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip()), Integer.parseInt(f[3].strip()));
        into.put(e.code(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
      }
    }
  }
}
