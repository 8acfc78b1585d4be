package org.attache.store;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One bucket of a timeline: counts of events that happened per quad class (index 0 is verbal
 * cooperation, 3 material conflict), their mean Goldstein weight, and every event in the bucket
 * (denied and planned ones included, but not counted).
 */
public record TimelinePeriod(LocalDate start, List<Integer> quadCounts, OptionalDouble meanGoldstein, List<TimelineEvent> events) {

  public TimelinePeriod {
    quadCounts = List.copyOf(quadCounts);
    if (quadCounts.size() != 4) {
      throw new IllegalArgumentException("quadCounts must have 4 entries: " + quadCounts);
    }
    events = List.copyOf(events);
  }

  public int happened() {
    return quadCounts.stream().mapToInt(Integer::intValue).sum();
  }
}
