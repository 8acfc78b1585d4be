package org.attache.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.attache.model.FuzzyDate;
import org.attache.nlp.time.TimeMention.Direction;

/**
 * Resolves what an expression says against the publication date (the anchor), never more precisely
 * than both allow. A day or month without its year takes the year that fits the tense: in the past
 * the latest such date not after the anchor, in the future the earliest not before it, otherwise
 * the nearest. A shift from the anchor ("yesterday", "a year ago") moves only by units the anchor
 * is known to: with an anchor known to the month, "yesterday" is that month.
 */
final class Anchoring {

  /** Returns the date {@code mention}, used in {@code tense}, stands for, or empty. */
  Optional<FuzzyDate> resolve(TimeMention mention, Optional<FuzzyDate> anchor, Tense tense) {
    if (mention instanceof TimeMention.Fixed) {
      return Optional.of(((TimeMention.Fixed) mention).date());
    }
    if (anchor.isEmpty() || mention instanceof TimeMention.SameAsBefore) {
      return Optional.empty();
    }
    FuzzyDate a = anchor.get();
    if (mention instanceof TimeMention.DayOfYear) {
      return dayOfYear((TimeMention.DayOfYear) mention, a, tense);
    }
    if (mention instanceof TimeMention.MonthOfYear) {
      return monthOfYear((TimeMention.MonthOfYear) mention, a, tense);
    }
    if (mention instanceof TimeMention.Weekday) {
      return Optional.of(weekday((TimeMention.Weekday) mention, a, tense));
    }
    return Optional.of(shift((TimeMention.Shift) mention, a));
  }

  private static Optional<FuzzyDate> dayOfYear(TimeMention.DayOfYear d, FuzzyDate anchor, Tense tense) {
    List<FuzzyDate> candidates = new ArrayList<>();
    for (int year : years(anchor, d.yearOffset().isPresent() ? d.yearOffset().getAsInt() : null)) {
      try {
        candidates.add(new FuzzyDate.Day(LocalDate.of(year, d.month(), d.day())));
      } catch (DateTimeException e) {
        // 29 February of a common year: not a candidate
      }
    }
    return pick(candidates, anchor, Direction.BY_TENSE, tense);
  }

  private static Optional<FuzzyDate> monthOfYear(TimeMention.MonthOfYear m, FuzzyDate anchor, Tense tense) {
    List<FuzzyDate> candidates = new ArrayList<>();
    for (int year : years(anchor, m.yearOffset().isPresent() ? m.yearOffset().getAsInt() : null)) {
      candidates.add(new FuzzyDate.Month(YearMonth.of(year, m.month())));
    }
    return pick(candidates, anchor, m.direction(), tense);
  }

  private static FuzzyDate weekday(TimeMention.Weekday w, FuzzyDate anchor, Tense tense) {
    if (!(anchor instanceof FuzzyDate.Day)) {
      return anchor;
    }
    LocalDate day = ((FuzzyDate.Day) anchor).date();
    List<FuzzyDate> candidates = new ArrayList<>();
    for (int i = -7; i <= 7; i++) {
      if (day.plusDays(i).getDayOfWeek() == w.day()) {
        candidates.add(new FuzzyDate.Day(day.plusDays(i)));
      }
    }
    return pick(candidates, anchor, w.direction(), tense).orElse(anchor);
  }

  /** The anchor's year plus the offset, or, with no offset, the years either side to choose from. */
  private static List<Integer> years(FuzzyDate anchor, Integer offset) {
    int y = anchor.year();
    return offset == null ? List.of(y - 1, y, y + 1) : List.of(y + offset);
  }

  private static Optional<FuzzyDate> pick(List<FuzzyDate> candidates, FuzzyDate anchor, Direction direction,
      Tense tense) {
    if (candidates.size() <= 1) {
      return candidates.stream().findFirst();
    }
    LocalDate first = anchor.firstDay();
    LocalDate last = anchor.lastDay();
    Comparator<FuzzyDate> byStart = Comparator.comparing(FuzzyDate::firstDay);
    if (direction == Direction.BEFORE) {
      return candidates.stream().filter(c -> c.lastDay().isBefore(first)).max(byStart);
    }
    if (direction == Direction.AFTER) {
      return candidates.stream().filter(c -> c.firstDay().isAfter(last)).min(byStart);
    }
    switch (tense) {
      case PAST:
        return candidates.stream().filter(notAfter(last)).max(byStart);
      case FUTURE:
        return candidates.stream().filter(c -> !c.lastDay().isBefore(first)).min(byStart);
      default:
        return candidates.stream().min(Comparator.comparingLong((FuzzyDate c) -> distance(c, anchor))
            .thenComparing(byStart));
    }
  }

  private static Predicate<FuzzyDate> notAfter(LocalDate last) {
    return c -> !c.firstDay().isAfter(last);
  }

  /** Days between two dates' ranges; zero when they overlap. */
  private static long distance(FuzzyDate a, FuzzyDate b) {
    long gapAfter = ChronoUnit.DAYS.between(b.lastDay(), a.firstDay());
    long gapBefore = ChronoUnit.DAYS.between(a.lastDay(), b.firstDay());
    return Math.max(0, Math.max(gapAfter, gapBefore));
  }

  private static FuzzyDate shift(TimeMention.Shift s, FuzzyDate anchor) {
    FuzzyDate moved;
    if (anchor instanceof FuzzyDate.Day) {
      moved = new FuzzyDate.Day(((FuzzyDate.Day) anchor).date().plus(s.amount(), s.unit()));
    } else if (anchor instanceof FuzzyDate.Month) {
      YearMonth month = ((FuzzyDate.Month) anchor).month();
      moved = finerThanMonth(s.unit()) ? anchor : new FuzzyDate.Month(month.plus(s.amount(), s.unit()));
    } else {
      boolean byYears = s.unit() == ChronoUnit.YEARS || s.unit() == ChronoUnit.DECADES;
      moved = byYears ? new FuzzyDate.YearOnly(Year.of(anchor.year()).plus(s.amount(), s.unit())) : anchor;
    }
    return s.precision().truncate(moved);
  }

  private static boolean finerThanMonth(ChronoUnit unit) {
    return unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS;
  }
}
