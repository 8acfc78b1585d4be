package org.attache.nlp.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.datafile.DataFile;
import org.attache.datafile.DataRow;

/**
 * The event-pattern dictionary: the bundled {@code org/attache/nlp/event/event-patterns.tsv} plus
 * the user's own files in the same format. Patterns for one trigger are tried in file order, so a
 * more specific row (one that needs "phone") comes before the general one. A malformed row fails
 * the load with the file and line, since a silently dropped pattern would skew every count.
 */
public final class VerbPatterns {

  private final Map<String, List<VerbPattern>> byTrigger;
  private final List<VerbPattern> all;

  private VerbPatterns(List<VerbPattern> patterns) {
    this.all = List.copyOf(patterns);
    this.byTrigger = patterns.stream().collect(Collectors.groupingBy(p -> key(p.lemma(), p.pos()),
        java.util.LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  public static VerbPatterns bundled() {
    return load(List.of());
  }

  public static VerbPatterns load(List<Path> userFiles) {
    List<DataRow> rows = new ArrayList<>(DataFile.bundled(VerbPatterns.class, "event-patterns.tsv"));
    userFiles.forEach(p -> rows.addAll(DataFile.file(p)));
    List<VerbPattern> all = new ArrayList<>();
    for (DataRow row : rows) {
      all.add(pattern(row.requireFields(6)));
    }
    return new VerbPatterns(all);
  }


  private static VerbPattern pattern(DataRow row) {
    try {
      VerbPattern.Frame frame = row.get(2).equals("-") ? VerbPattern.Frame.NONE : VerbPattern.Frame.valueOf(row.get(2).toUpperCase(Locale.ROOT));
      VerbPattern.Pos pos = VerbPattern.Pos.valueOf(row.get(1).toUpperCase(Locale.ROOT));
      return new VerbPattern(row.get(0).toLowerCase(Locale.ROOT), pos, frame,
          row.get(3).toLowerCase(Locale.ROOT), row.get(4), row.get(5).equalsIgnoreCase("yes"));
    } catch (IllegalArgumentException e) {
      throw row.problem(e.getMessage());
    }
  }


  /** Returns every pattern, in file order. */
  public List<VerbPattern> all() {
    return all;
  }

  /** Returns the patterns whose trigger is {@code lemma} with part of speech {@code pos}, in file order. */
  public List<VerbPattern> forTrigger(String lemma, VerbPattern.Pos pos) {
    return byTrigger.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), pos), List.of());
  }

  /** Returns every trigger lemma of a verb pattern, for deciding which sentences to parse. */
  public Set<String> verbTriggers() {
    return triggers(VerbPattern.Pos.VERB);
  }

  /** Returns every trigger lemma of a noun pattern. */
  public Set<String> nounTriggers() {
    return triggers(VerbPattern.Pos.NOUN);
  }

  /** Returns every trigger lemma of an adjective pattern ("ready to negotiate"). */
  public Set<String> adjectiveTriggers() {
    return triggers(VerbPattern.Pos.ADJ);
  }

  private Set<String> triggers(VerbPattern.Pos pos) {
    return byTrigger.values().stream().flatMap(List::stream).filter(p -> p.pos() == pos).map(VerbPattern::lemma)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String key(String lemma, VerbPattern.Pos pos) {
    return lemma + "/" + pos;
  }
}
