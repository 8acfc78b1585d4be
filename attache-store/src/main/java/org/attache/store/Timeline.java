package org.attache.store;

import java.util.List;

/** The events between two sides (each an actor, or a country and everyone affiliated with it) per period. */
public record Timeline(List<ActorRef> a, List<ActorRef> b, Period by, List<TimelinePeriod> periods) {

  public Timeline {
    a = List.copyOf(a);
    b = List.copyOf(b);
    periods = List.copyOf(periods);
  }
}
