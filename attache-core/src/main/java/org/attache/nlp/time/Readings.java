package org.attache.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.attache.model.FuzzyDate;
import org.attache.nlp.time.TimeMention.Direction;

/**
 * Turns a match of one of {@link TimeGrammar}'s patterns into what it says, or rejects it when the
 * words only look like a date: "it may be" is no month, "over the last year" no calendar year.
 */
final class Readings {

  /** Words after which a bare year is a date ("between 2019 and 2021"), besides the date context. */
  private static final Set<String> YEAR_CONTEXT = Set.of("and", "or");

  private Readings() {}

  static Optional<TimeMention> dayMonth(Matcher m, String text) {
    OptionalInt month = capitalMonth(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    try {
      MonthDay.of(month.getAsInt(), day);
      if (m.group("year") != null) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month.getAsInt(), day);
        return Optional.of(new TimeMention.Fixed(new FuzzyDate.Day(date)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(new TimeMention.DayOfYear(month.getAsInt(), day, yearOffset(m)));
  }

  static Optional<TimeMention> numericDate(Matcher m, String text) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
          Integer.parseInt(m.group("d")));
      return Optional.of(new TimeMention.Fixed(new FuzzyDate.Day(date)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static Optional<TimeMention> monthYear(Matcher m, String text) {
    OptionalInt month = capitalMonth(m.group("month"));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group("year")), month.getAsInt());
    return Optional.of(new TimeMention.Fixed(new FuzzyDate.Month(ym)));
  }

  static Optional<TimeMention> month(Matcher m, String text) {
    OptionalInt month = capitalMonth(m.group("month"));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    boolean framed = m.group("prep") != null || m.group("mod") != null || m.group("dir") != null
        || m.group("rel") != null;
    if (Lexicon.isAmbiguousMonth(m.group("month")) && !framed
        && !Lexicon.DATE_CONTEXT.contains(previousWord(text, m.start()))) {
      return Optional.empty();
    }
    String dir = m.group("dir");
    OptionalInt offset = "this".equalsIgnoreCase(dir) ? OptionalInt.of(0) : yearOffset(m);
    return Optional.of(new TimeMention.MonthOfYear(month.getAsInt(), offset, direction(dir)));
  }

  static Optional<TimeMention> year(Matcher m, String text) {
    String before = previousWord(text, m.start());
    boolean framed = m.group("prep") != null || m.group("mod") != null
        || Lexicon.DATE_CONTEXT.contains(before) || YEAR_CONTEXT.contains(before);
    if (!framed) {
      return Optional.empty();
    }
    Year year = Year.of(Integer.parseInt(m.group("year")));
    return Optional.of(new TimeMention.Fixed(new FuzzyDate.YearOnly(year)));
  }

  static Optional<TimeMention> relativeDay(Matcher m, String text) {
    String word = m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    long offset;
    if (word.startsWith("the day before")) {
      offset = -2;
    } else if (word.startsWith("the day after")) {
      offset = 2;
    } else if (word.equals("yesterday") || word.equals("last night")) {
      offset = -1;
    } else {
      offset = word.equals("tomorrow") ? 1 : 0;
    }
    return Optional.of(new TimeMention.Shift(ChronoUnit.DAYS, offset, Precision.DAY));
  }

  static Optional<TimeMention> weekday(Matcher m, String text) {
    String name = m.group("wd");
    Optional<DayOfWeek> day = Lexicon.weekday(name);
    if (day.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return Optional.empty();
    }
    boolean bare = m.group("prep") == null && m.group("dir") == null;
    if (bare && previousWord(text, m.start()).equals("the") && capitalAfter(text, m.end())) {
      return Optional.empty(); // "the Sunday Times": part of a name
    }
    return Optional.of(new TimeMention.Weekday(day.get(), direction(m.group("dir"))));
  }

  static Optional<TimeMention> relativeUnit(Matcher m, String text) {
    String dir = group(m, "dir") == null ? "this" : group(m, "dir");
    boolean bare = m.group("mod") == null && group(m, "pre") == null;
    if (bare && !dir.equalsIgnoreCase("this") && previousWord(text, m.start()).equals("the")) {
      return Optional.empty(); // "over the last year", "the next week": a duration
    }
    long offset = Lexicon.relativeOffset(dir);
    switch (m.group("unit").toLowerCase(Locale.ROOT)) {
      case "week":
        return Optional.of(new TimeMention.Shift(ChronoUnit.WEEKS, offset, Precision.MONTH));
      case "month":
        return Optional.of(new TimeMention.Shift(ChronoUnit.MONTHS, offset, Precision.MONTH));
      default:
        return Optional.of(new TimeMention.Shift(ChronoUnit.YEARS, offset, Precision.YEAR));
    }
  }

  static Optional<TimeMention> ago(Matcher m, String text) {
    OptionalInt n = Lexicon.number(m.group("n"));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    long amount = -n.getAsInt();
    if (unit.startsWith("day")) {
      return Optional.of(new TimeMention.Shift(ChronoUnit.DAYS, amount, Precision.DAY));
    } else if (unit.startsWith("week")) {
      return Optional.of(new TimeMention.Shift(ChronoUnit.WEEKS, amount, Precision.MONTH));
    } else if (unit.startsWith("month")) {
      return Optional.of(new TimeMention.Shift(ChronoUnit.MONTHS, amount, Precision.MONTH));
    } else if (unit.startsWith("year")) {
      return Optional.of(new TimeMention.Shift(ChronoUnit.YEARS, amount, Precision.MONTH));
    }
    return Optional.of(new TimeMention.Shift(ChronoUnit.DECADES, amount, Precision.YEAR));
  }

  /** Returns the month of a month name written with a capital, as month names are. */
  private static OptionalInt capitalMonth(String word) {
    return Character.isUpperCase(word.charAt(0)) ? Lexicon.month(word) : OptionalInt.empty();
  }

  private static OptionalInt yearOffset(Matcher m) {
    String rel = m.group("rel");
    return rel == null ? OptionalInt.empty() : OptionalInt.of(Lexicon.relativeOffset(rel));
  }

  private static Direction direction(String word) {
    if (word == null) {
      return Direction.BY_TENSE;
    }
    switch (word.toLowerCase(Locale.ROOT)) {
      case "last":
      case "past":
        return Direction.BEFORE;
      case "next":
      case "coming":
        return Direction.AFTER;
      default:
        return Direction.BY_TENSE;
    }
  }

  /** Returns the group, or null when the pattern has no group of that name or it did not take part. */
  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean capitalAfter(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && i > end && Character.isUpperCase(text.charAt(i));
  }

  /** Returns the lower-cased word just before {@code start}, or "" at the start of the text. */
  static String previousWord(String text, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }
}
