package org.attache.nlp.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalInt;
import org.attache.model.FuzzyDate;

/**
 * What a time expression says, before it is anchored: a date the text gives in full, a day or a
 * month whose year must be chosen, a weekday, a shift from the publication date, or a reference
 * back to a date said before.
 */
sealed interface TimeMention {

  /** True when choosing the date depends on the tense of the sentence. */
  default boolean needsTense() {
    return false;
  }

  /** Which way from the anchor a day, month or weekday lies. */
  enum Direction {
    /** Not said: the tense of the sentence decides. */
    BY_TENSE,
    /** "last November", "last Tuesday": strictly before the anchor. */
    BEFORE,
    /** "next March", "next Tuesday": strictly after the anchor. */
    AFTER
  }

  /** A date the text gives in full: "3 December 2019", "November 2020", "mid-2021". */
  record Fixed(FuzzyDate date) implements TimeMention {
    public Fixed {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A day of a month whose year the text gives relative to the anchor ("February 22 this year":
   * offset 0) or not at all ("on 3 December": empty offset, chosen by tense).
   */
  record DayOfYear(int month, int day, OptionalInt yearOffset) implements TimeMention {
    @Override
    public boolean needsTense() {
      return yearOffset.isEmpty();
    }
  }

  /** A month without its year: "in November", "in November last year", "last November". */
  record MonthOfYear(int month, OptionalInt yearOffset, Direction direction) implements TimeMention {
    @Override
    public boolean needsTense() {
      return yearOffset.isEmpty() && direction == Direction.BY_TENSE;
    }
  }

  /** A weekday near the anchor: "on Tuesday", "last Friday". */
  record Weekday(DayOfWeek day, Direction direction) implements TimeMention {
    @Override
    public boolean needsTense() {
      return direction == Direction.BY_TENSE;
    }
  }

  /**
   * The anchor moved by {@code amount} {@code unit}s and stated at {@code precision} at most:
   * "yesterday" is (DAYS, -1, DAY), "last week" (WEEKS, -1, MONTH), "a year ago" (YEARS, -1, MONTH).
   */
  record Shift(ChronoUnit unit, long amount, Precision precision) implements TimeMention {
    public Shift {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(precision, "precision");
    }
  }

  /** "the same day": a date said before in the text, which the caller carries over. */
  record SameAsBefore() implements TimeMention {}
}
