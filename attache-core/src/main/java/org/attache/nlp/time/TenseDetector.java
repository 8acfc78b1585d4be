package org.attache.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * Tells the tense a time expression is used in from the cue words of its sentence, without a
 * parser: "will", "is scheduled", "next" mark the future; "was", "met", words in -ed, "ago" the
 * past; "would", "was expected to", "postponed until" neither. The cue nearest the expression
 * decides, counted in words, where a comma, a dash or a "that" between them counts as two more:
 * so "said on Tuesday that he will visit on 10 December" reads Tuesday as past and 10 December as
 * future, and "will meet on 9 December, the ministry said" reads the date as future. On a tie the
 * cue before the expression wins, as the verb usually comes before its time. With no cue the
 * sentence is present.
 */
final class TenseDetector {

  private record Cue(Pattern pattern, Tense tense) {}

  private record Hit(TextSpan at, Tense tense) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int BOUNDARY_COST = 2;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’]\\p{L}+)*");
  private static final Pattern BOUNDARY = Pattern.compile(
      "[,;:()—–]|\\s-\\s|" + Lexicon.START + "(?:that|which|who|whom|while|but|because)" + Lexicon.END, FLAGS);
  private static final Pattern ED_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}\\p{L}+ed(?!\\p{L})");
  private static final Set<String> NOT_PAST_ED = Set.of(
      "hundred", "sacred", "naked", "wicked", "kindred", "hatred", "embed", "shed", "bed", "wed");
  private static final Set<String> PAST_EED = Set.of("agreed", "freed", "decreed", "guaranteed");
  private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "be", "being");
  private static final String TIME_WORDS = "week|month|year|night|weekend|" + Lexicon.WEEKDAY + "|"
      + Lexicon.MONTH_FULL;

  /** In order of precedence: a cue overlapping an earlier one is ignored. */
  private static final List<Cue> CUES = List.of(
      cue("(?:was|were)\\s+(?:expected|scheduled|planned|due|set|supposed|going)\\s+to|would|could|might"
          + "|(?:postponed|delayed|moved|pushed\\s+back|rescheduled|deferred)\\s+(?:to|until|till)",
          Tense.PRESENT),
      cue("will|shall|won['’]t|going\\s+to|scheduled|upcoming|forthcoming|planned|plans?\\s+to"
          + "|planning\\s+to|expected|expects?\\s+to|(?:is|are)\\s+due|(?:is|are)\\s+set\\s+to"
          + "|next(?!\\s+to" + Lexicon.END + ")|tomorrow|to\\s+be\\s+held|intends?\\s+to", Tense.FUTURE),
      new Cue(Pattern.compile("(?<=\\p{L})['’]ll(?!\\p{L})", FLAGS), Tense.FUTURE),
      cue("was|were|had|did|been|said|told|met|held|made|took|gave|went|came|saw|began|spoke|wrote"
          + "|left|sent|brought|thought|found|became|won|lost|paid|led|fought|chose|rose|fell|struck"
          + "|flew|sought|stood|sold|spent|broke|knew|got|meant|kept|felt|heard|understood|ago"
          + "|last\\s+(?:" + TIME_WORDS + ")|yesterday|earlier|previously", Tense.PAST));

  /** Returns the tense {@code expression}, which lies in {@code sentence} of {@code text}, is used in. */
  Tense tenseAt(String text, TextSpan sentence, TextSpan expression) {
    List<TextSpan> words = find(WORD, text, sentence);
    List<TextSpan> boundaries = find(BOUNDARY, text, sentence);
    Tense best = Tense.PRESENT;
    int bestCost = Integer.MAX_VALUE;
    for (Hit hit : cues(text, sentence)) {
      if (hit.at().overlaps(expression)) {
        continue;
      }
      int cost = between(words, hit.at(), expression) + BOUNDARY_COST * between(boundaries, hit.at(), expression);
      boolean before = hit.at().end() <= expression.start();
      if (cost < bestCost || (cost == bestCost && before)) {
        bestCost = cost;
        best = hit.tense();
      }
    }
    return best;
  }

  private static List<Hit> cues(String text, TextSpan sentence) {
    List<Hit> hits = new ArrayList<>();
    for (Cue cue : CUES) {
      for (TextSpan at : find(cue.pattern(), text, sentence)) {
        if (cue.tense() != Tense.PAST || !afterPresentAuxiliary(text, at.start())) {
          addUnlessOverlapping(hits, new Hit(at, cue.tense()));
        }
      }
    }
    for (TextSpan at : find(ED_WORD, text, sentence)) {
      if (isPastForm(at.of(text)) && !afterPresentAuxiliary(text, at.start())) {
        addUnlessOverlapping(hits, new Hit(at, Tense.PAST));
      }
    }
    return hits;
  }

  private static boolean isPastForm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (NOT_PAST_ED.contains(w)) {
      return false;
    }
    return !w.endsWith("eed") || PAST_EED.contains(w);
  }

  /** "is held", "will be signed": a participle after a present or future auxiliary is no past. */
  private static boolean afterPresentAuxiliary(String text, int start) {
    return PRESENT_AUXILIARIES.contains(Readings.previousWord(text, start));
  }

  private static void addUnlessOverlapping(List<Hit> hits, Hit hit) {
    if (hits.stream().noneMatch(h -> h.at().overlaps(hit.at()))) {
      hits.add(hit);
    }
  }

  private static List<TextSpan> find(Pattern pattern, String text, TextSpan sentence) {
    List<TextSpan> found = new ArrayList<>();
    Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      found.add(new TextSpan(m.start(), m.end()));
    }
    return found;
  }

  /** Counts the spans lying wholly in the gap between {@code a} and {@code b}. */
  private static int between(List<TextSpan> spans, TextSpan a, TextSpan b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    int n = 0;
    for (TextSpan s : spans) {
      if (s.start() >= from && s.end() <= to) {
        n++;
      }
    }
    return n;
  }

  private static Cue cue(String alternatives, Tense tense) {
    String regex = Lexicon.START + "(?:" + alternatives + ")" + Lexicon.END;
    return new Cue(Pattern.compile(regex, FLAGS), tense);
  }
}
