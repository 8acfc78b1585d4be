package org.attache.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date known to the day, the month or only the year: news gives all three ("on 3 December",
 * "in November 2020", "last year"), and stating more precision than the text gives would be a
 * made-up fact. Its ISO form is the contract's {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
 */
public sealed interface FuzzyDate permits FuzzyDate.Day, FuzzyDate.Month, FuzzyDate.YearOnly {

  /** Returns the ISO form at this date's precision. */
  String iso();

  /** Returns the first day this date may stand for. */
  LocalDate firstDay();

  /** Returns the last day this date may stand for. */
  LocalDate lastDay();

  /** Returns the year this date falls in. */
  default int year() {
    return firstDay().getYear();
  }

  /** Returns true when {@code other} lies within this date at this date's precision. */
  default boolean covers(FuzzyDate other) {
    return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
  }

  /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; throws on anything else. */
  static FuzzyDate parse(String iso) {
    String s = iso == null ? "" : iso.strip();
    try {
      switch (s.length()) {
        case 10:
          return new Day(LocalDate.parse(s));
        case 7:
          return new Month(YearMonth.parse(s));
        case 4:
          return new YearOnly(Year.parse(s));
        default:
          throw new IllegalArgumentException("not a date (want YYYY-MM-DD, YYYY-MM or YYYY): '" + iso + "'");
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date (want YYYY-MM-DD, YYYY-MM or YYYY): '" + iso + "'", e);
    }
  }

  /** A date known to the day. */
  record Day(LocalDate date) implements FuzzyDate {
    public Day {
      java.util.Objects.requireNonNull(date, "date");
    }

    @Override
    public String iso() {
      return date.toString();
    }

    @Override
    public LocalDate firstDay() {
      return date;
    }

    @Override
    public LocalDate lastDay() {
      return date;
    }
  }

  /** A date known to the month. */
  record Month(YearMonth month) implements FuzzyDate {
    public Month {
      java.util.Objects.requireNonNull(month, "month");
    }

    @Override
    public String iso() {
      return month.toString();
    }

    @Override
    public LocalDate firstDay() {
      return month.atDay(1);
    }

    @Override
    public LocalDate lastDay() {
      return month.atEndOfMonth();
    }
  }

  /** A date known only to the year. */
  record YearOnly(Year value) implements FuzzyDate {
    public YearOnly {
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String iso() {
      return String.format(java.util.Locale.ROOT, "%04d", value.getValue());
    }

    @Override
    public LocalDate firstDay() {
      return value.atDay(1);
    }

    @Override
    public LocalDate lastDay() {
      return value.atMonth(12).atEndOfMonth();
    }
  }
}
