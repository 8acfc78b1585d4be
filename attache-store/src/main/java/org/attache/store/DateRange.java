package org.attache.store;

import java.time.LocalDate;
import java.util.Optional;
import org.attache.model.FuzzyDate;

/**
 * An inclusive range of days that either end may leave open. Given as fuzzy dates, "--from 2020"
 * starts on 1 January and "--to 2020-11" ends on 30 November, as a reader means them.
 */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {

  public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

  public DateRange {
    from = from == null ? Optional.empty() : from;
    to = to == null ? Optional.empty() : to;
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("date range ends before it starts: from=" + from.get() + " to=" + to.get());
    }
  }

  /** Parses either end as {@code YYYY[-MM[-DD]]}; null or blank leaves it open. */
  public static DateRange parse(String from, String to) {
    return new DateRange(blank(from) ? Optional.empty() : Optional.of(FuzzyDate.parse(from).firstDay()),
        blank(to) ? Optional.empty() : Optional.of(FuzzyDate.parse(to).lastDay()));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
