package org.attache.nlp.actor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.FuzzyDate;

/**
 * One term of one actor in one office ("FOREIGN_MINISTER" of "AZE" from 2004-04-02 to 2020-07-16),
 * with the title news writes for it. {@code holder} is an actor id; {@code of} is a country code or
 * an organization id. An open end means still in office.
 */
public record Tenure(String holder, String office, String of, FuzzyDate start, Optional<FuzzyDate> end, String title) {

  public Tenure {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(start, "start");
    end = Objects.requireNonNullElse(end, Optional.empty());
    title = title == null ? "" : title;
    if (end.isPresent() && end.get().lastDay().isBefore(start.firstDay())) {
      throw new IllegalArgumentException("tenure ends before it starts: " + holder + " " + office + " " + start.iso() + ".." + end.get().iso());
    }
  }

  /** Returns true when the term covers {@code date} (taken as its middle day when not a day). */
  public boolean covers(FuzzyDate date) {
    LocalDate day = middle(date);
    boolean begun = !start.firstDay().isAfter(day);
    boolean notEnded = end.isEmpty() || !end.get().lastDay().isBefore(day);
    return begun && notEnded;
  }

  private static LocalDate middle(FuzzyDate date) {
    LocalDate a = date.firstDay();
    LocalDate b = date.lastDay();
    return a.plusDays((b.toEpochDay() - a.toEpochDay()) / 2);
  }
}
