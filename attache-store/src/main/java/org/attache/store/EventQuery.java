package org.attache.store;

import java.util.Optional;

/**
 * Which merged events to list, in date order: involving an actor (as source or target; a country
 * stands for everyone affiliated with it), with a CAMEO code starting with {@code code} ("04"
 * is every consultation), dated within a range, of one status (HAPPENED, PLANNED, NEGATED, HYPOTHETICAL).
 */
public record EventQuery(Optional<String> actor, Optional<String> code, DateRange dates, Optional<String> status, int offset, int limit) {

  public EventQuery {
    actor = actor == null ? Optional.empty() : actor;
    code = code == null ? Optional.empty() : code;
    dates = dates == null ? DateRange.ALL : dates;
    status = status == null ? Optional.empty() : status;
    code.ifPresent(c -> {
      if (!c.matches("[0-9]{1,4}")) {
        throw new IllegalArgumentException("code must be 1-4 digits of a CAMEO code: " + c);
      }
    });
    Paging.check(offset, limit);
  }
}
