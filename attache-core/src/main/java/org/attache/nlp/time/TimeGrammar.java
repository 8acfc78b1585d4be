package org.attache.nlp.time;

import static org.attache.nlp.time.Lexicon.DAY;
import static org.attache.nlp.time.Lexicon.END;
import static org.attache.nlp.time.Lexicon.MODIFIER;
import static org.attache.nlp.time.Lexicon.MONTH_ANY;
import static org.attache.nlp.time.Lexicon.MONTH_FULL;
import static org.attache.nlp.time.Lexicon.PREP;
import static org.attache.nlp.time.Lexicon.REL_YEAR;
import static org.attache.nlp.time.Lexicon.START;
import static org.attache.nlp.time.Lexicon.WEEKDAY;
import static org.attache.nlp.time.Lexicon.WEEKDAY_PREFIX;
import static org.attache.nlp.time.Lexicon.YEAR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * The patterns of English time expressions, each with the reading it gives. {@link #find} runs
 * them all and keeps, where matches overlap, the longest: "3 December 2019" over "December 2019".
 * A match its reading rejects ("may" in "it may be") does not hide a match starting inside it.
 */
final class TimeGrammar {

  /** A match of one pattern: where it is and what it says. */
  record Candidate(TextSpan span, TimeMention mention) {}

  private record Rule(Pattern pattern, BiFunction<Matcher, String, Optional<TimeMention>> reading) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String YEAR_SUFFIX = "(?:,?\\s+(?:of\\s+)?" + YEAR + "|,?\\s+(?:of\\s+)?" + REL_YEAR + ")?";

  private static final List<Rule> RULES = List.of(
      rule(START + PREP + WEEKDAY_PREFIX + DAY + "(?:\\s+of)?\\s+(?<month>" + MONTH_ANY
          + ")" + YEAR_SUFFIX + END, Readings::dayMonth),
      rule(START + PREP + WEEKDAY_PREFIX + "(?<month>" + MONTH_ANY + ")\\.?\\s+(?:the\\s+)?" + DAY
          + YEAR_SUFFIX + END, Readings::dayMonth),
      rule("(?<![\\p{L}\\p{N}-])" + PREP + "(?<y>(?:19|20)\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)"
          + "(?![\\p{N}\\p{L}&&[^T]]|-\\d)", Readings::numericDate),
      rule("(?<![\\p{L}\\p{N}.])" + PREP + "(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>(?:19|20)\\d\\d)"
          + "(?!\\d|\\.\\d)", Readings::numericDate),
      rule(START + PREP + "(?:" + MODIFIER + ")?(?<month>" + MONTH_ANY + ")\\.?,?\\s+(?:of\\s+)?" + YEAR
          + END, Readings::monthYear),
      rule(START + PREP + "(?:" + MODIFIER + ")?(?:(?<dir>last|next|this|coming)\\s+)?(?<month>"
          + MONTH_FULL + ")(?:,?\\s+(?:of\\s+)?" + REL_YEAR + ")?" + END, Readings::month),
      rule(START + "(?<![$€£#])" + PREP + "(?:" + MODIFIER + ")?" + YEAR + END, Readings::year),
      rule(START + "(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday"
          + "|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))"
          + "(?:\\s+(?:morning|afternoon|evening|night))?" + END, Readings::relativeDay),
      rule(START + PREP + "(?:(?<dir>last|next|this|coming|past)\\s+)?(?<wd>" + WEEKDAY + ")"
          + "(?:\\s+(?:morning|afternoon|evening|night))?" + END, Readings::weekday),
      rule(START + "(?:" + MODIFIER + ")?(?:(?<pre>earlier|later)\\s+)?(?<dir>this|last|next)\\s+"
          + "(?<unit>week|month|year)" + END, Readings::relativeUnit),
      rule(START + MODIFIER + "the\\s+(?<unit>week|month|year)" + END, Readings::relativeUnit),
      rule(START + "(?<n>\\d{1,3}|" + Lexicon.numberWords() + ")\\s+(?<unit>days?|weeks?|months?|years?"
          + "|decades?)\\s+ago" + END, Readings::ago),
      rule(START + PREP + "(?:the\\s+same|that\\s+same|that)\\s+day" + END,
          (m, t) -> Optional.of(new TimeMention.SameAsBefore())));

  private static final TimeGrammar INSTANCE = new TimeGrammar();

  private TimeGrammar() {}

  /** Returns the shared grammar; it holds no state beyond its compiled patterns. */
  static TimeGrammar english() {
    return INSTANCE;
  }

  /** Returns the non-overlapping time expressions of {@code text} in document order. */
  List<Candidate> find(String text) {
    List<Candidate> all = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      int from = 0;
      while (from < text.length() && m.find(from)) {
        TextSpan span = new TextSpan(m.start(), m.end());
        Optional<TimeMention> mention = rule.reading().apply(m, text);
        mention.ifPresent(said -> all.add(new Candidate(span, said)));
        from = mention.isPresent() ? Math.max(m.end(), m.start() + 1) : m.start() + 1;
      }
    }
    return longestFirst(all);
  }

  private static List<Candidate> longestFirst(List<Candidate> all) {
    all.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
        .thenComparingInt(c -> c.span().start()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }

  private static Rule rule(String regex, BiFunction<Matcher, String, Optional<TimeMention>> reading) {
    return new Rule(Pattern.compile(regex, FLAGS), reading);
  }
}
