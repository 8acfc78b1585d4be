package org.attache.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event-pattern dictionary: the bundled {@code org/attache/nlp/event/event-patterns.tsv} plus
 * the user's own files in the same format. Patterns for one trigger are tried in file order, so a
 * more specific row (one that needs "phone") comes before the general one. A malformed row fails
 * the load with the file and line, since a silently dropped pattern would skew every count.
 */
public final class VerbPatterns {

  private final Map<String, List<VerbPattern>> byTrigger;

  private VerbPatterns(List<VerbPattern> patterns) {
    this.byTrigger = patterns.stream().collect(Collectors.groupingBy(p -> key(p.lemma(), p.noun()),
        java.util.LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  public static VerbPatterns bundled() {
    return load(List.of());
  }

  public static VerbPatterns load(List<Path> userFiles) {
    List<VerbPattern> all = new ArrayList<>();
    try (InputStream in = VerbPatterns.class.getResourceAsStream("event-patterns.tsv")) {
      if (in == null) {
        throw new IllegalStateException("event-patterns.tsv missing from the classpath");
      }
      all.addAll(read("event-patterns.tsv", in));
      for (Path p : userFiles) {
        try (InputStream u = Files.newInputStream(p)) {
          all.addAll(read(p.toString(), u));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event patterns: " + e.getMessage(), e);
    }
    return new VerbPatterns(all);
  }

  private static List<VerbPattern> read(String source, InputStream in) throws IOException {
    List<VerbPattern> out = new ArrayList<>();
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
        if (f.length != 6) {
          throw new IllegalArgumentException("expected 6 tab-separated fields, found " + f.length);
        }
        VerbPattern.Frame frame = f[2].equals("-") ? VerbPattern.Frame.NONE : VerbPattern.Frame.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
        out.add(new VerbPattern(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip().equalsIgnoreCase("NOUN"), frame,
            f[3].strip().toLowerCase(Locale.ROOT), f[4].strip(), f[5].strip().equalsIgnoreCase("yes")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Returns the patterns whose trigger is {@code lemma} as a noun or a verb, in file order. */
  public List<VerbPattern> forTrigger(String lemma, boolean noun) {
    return byTrigger.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), noun), List.of());
  }

  /** Returns every trigger lemma of a verb pattern, for deciding which sentences to parse. */
  public Set<String> verbTriggers() {
    return triggers(false);
  }

  /** Returns every trigger lemma of a noun pattern. */
  public Set<String> nounTriggers() {
    return triggers(true);
  }

  private Set<String> triggers(boolean noun) {
    return byTrigger.values().stream().flatMap(List::stream).filter(p -> p.noun() == noun).map(VerbPattern::lemma)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String key(String lemma, boolean noun) {
    return lemma + (noun ? "/N" : "/V");
  }
}
