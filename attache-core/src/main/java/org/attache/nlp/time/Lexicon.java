package org.attache.nlp.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The words time expressions are made of, and the regular-expression pieces built from them. */
final class Lexicon {

  private static final List<String> MONTHS = List.of(
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");

  /** Month names that are also common English words ("it may be", "a march"). */
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march");

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("hundred", 100));

  /** Words after which a bare month name or year is a date: "by May", "since 2014". */
  static final Set<String> DATE_CONTEXT = Set.of(
      "in", "on", "since", "by", "until", "till", "of", "from", "to", "through", "before",
      "after", "during", "between", "early", "late", "mid", "the");

  /** Matches no letter or digit before the current position. */
  static final String START = "(?<![\\p{L}\\p{N}])";
  /** Matches no letter or digit after the current position. */
  static final String END = "(?![\\p{L}\\p{N}])";

  static final String MONTH_FULL =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  static final String MONTH_ANY = MONTH_FULL + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
  static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  /**
   * A day of the month, with an optional ordinal suffix and an optional range end ("3-4", "10
   * to 12"), which the first day stands for; "the" before it only in "the 2nd of December".
   */
  static final String DAY = "(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+of\\s))?"
      + "(?<![\\p{N}$€£#.,/-])(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
      + "(?:(?:\\s*[-–]\\s*|\\s+(?:to|and|until|till|through)\\s+)(?:[12]\\d|3[01]|0?[1-9])"
      + "(?:st|nd|rd|th)?)?(?![.:]\\d)";
  /** A year of this or the last century, not part of a longer number, range or decade. */
  static final String YEAR = "(?<year>(?:19|20)\\d\\d)(?![\\p{L}\\p{N}%]|[-–:.,/]\\d)";
  /** "this year", "last year", "next year". */
  static final String REL_YEAR = "(?<rel>this|last|next)\\s+year";
  /** A leading preposition kept in the span: "on 3 December", "in November". */
  static final String PREP = "(?:(?<prep>on|in)\\s+)?";
  /** A weekday before a date: "Tuesday, 3 December". */
  static final String WEEKDAY_PREFIX = "(?:(?:" + WEEKDAY + "),?\\s+)?";
  /** Words that place a month or year more loosely: "early", "mid-", "the end of". */
  static final String MODIFIER = "(?<mod>(?:early|late|mid)(?=[\\s-])"
      + "|(?:the\\s+)?(?:end|beginning|start|middle|turn|first\\s+half|second\\s+half"
      + "|(?:first|second|third|fourth|last)\\s+(?:quarter|week)"
      + "|spring|summer|autumn|winter)\\s+of"
      + "|spring|summer|autumn|winter)(?:\\s*-\\s*|\\s+)";

  private Lexicon() {}

  /** Returns the month number (1-12) of a full or abbreviated month name. */
  static OptionalInt month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    for (int i = 0; i < MONTHS.size(); i++) {
      String name = MONTHS.get(i);
      if (name.equals(w) || (w.length() >= 3 && name.startsWith(w) && w.length() <= 4)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** True when the month name is also an everyday word and needs context to be a month. */
  static boolean isAmbiguousMonth(String word) {
    return AMBIGUOUS_MONTHS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Returns the weekday a full weekday name names. */
  static Optional<DayOfWeek> weekday(String word) {
    try {
      return Optional.of(DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns the value of a number in digits or a small number word ("a", "two", "ten"). */
  static OptionalInt number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
      return w.length() <= 4 ? OptionalInt.of(Integer.parseInt(w)) : OptionalInt.empty();
    }
    Integer n = NUMBERS.get(w);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** The regular-expression alternation of the number words {@link #number} knows. */
  static String numberWords() {
    return String.join("|", NUMBERS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList());
  }

  /** Returns the year offset "this/last/next" stands for. */
  static int relativeOffset(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "last":
        return -1;
      case "next":
        return 1;
      default:
        return 0;
    }
  }
}
