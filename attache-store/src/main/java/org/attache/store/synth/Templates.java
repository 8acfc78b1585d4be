package org.attache.store.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sentence templates and word lists of {@code org/attache/store/synth/templates.tsv}. */
record Templates(List<String[]> events, List<String> fillers, List<String> quotes, Map<String, List<String>> words) {

  static Templates bundled() {
    List<String[]> events = new ArrayList<>();
    List<String> fillers = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    Map<String, List<String>> words = new HashMap<>();
    try (InputStream in = Templates.class.getResourceAsStream("/org/attache/store/synth/templates.tsv")) {
      if (in == null) {
        throw new IllegalStateException("synth/templates.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || line.isBlank() || f[0].equals("kind") || f.length != 3) {
          continue;
        }
        switch (f[0]) {
          case "event":
            events.add(new String[] {f[1], f[2]});
            break;
          case "filler":
            fillers.add(f[2]);
            break;
          case "quote":
            quotes.add(f[2]);
            break;
          default:
            words.put(f[0], List.of(f[2].split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synth templates: " + e.getMessage(), e);
    }
    return new Templates(events, fillers, quotes, words);
  }

  List<String> list(String kind) {
    List<String> l = words.get(kind);
    if (l == null || l.isEmpty()) {
      throw new IllegalStateException("synth templates have no '" + kind + "' list");
    }
    return l;
  }
}
