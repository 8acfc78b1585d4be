package org.attache.nlp.time;

import java.time.Year;
import java.time.YearMonth;
import org.attache.model.FuzzyDate;

/** How finely a date is known, finest first. */
enum Precision {
  DAY,
  MONTH,
  YEAR;

  /** Returns the precision {@code date} is stated at. */
  static Precision of(FuzzyDate date) {
    if (date instanceof FuzzyDate.Day) {
      return DAY;
    }
    return date instanceof FuzzyDate.Month ? MONTH : YEAR;
  }

  /** Returns the coarser of this and {@code other}. */
  Precision coarser(Precision other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Returns {@code date} cut down to this precision; never makes it finer. */
  FuzzyDate truncate(FuzzyDate date) {
    Precision target = coarser(of(date));
    if (target == DAY) {
      return date;
    }
    if (target == MONTH) {
      return new FuzzyDate.Month(YearMonth.from(date.firstDay()));
    }
    return new FuzzyDate.YearOnly(Year.of(date.year()));
  }
}
