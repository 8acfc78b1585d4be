package org.attache.store;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One bucket of a timeline: counts of events that happened per quad class (index 0 is verbal
 * cooperation, 3 material conflict), their mean Goldstein weight, how many events the bucket holds
 * in all (denied and planned ones included, but not in the counts), and the most-told of them in
 * date order: at most as many as the query asked for, so that a busy pair of countries gives an
 * answer of bounded size.
 */
public record TimelinePeriod(LocalDate start, List<Integer> quadCounts, OptionalDouble meanGoldstein, int eventCount, List<TimelineEvent> events) {

  public TimelinePeriod {
    if (eventCount < events.size()) {
      throw new IllegalArgumentException("eventCount " + eventCount + " is below the " + events.size() + " events listed");
    }
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
