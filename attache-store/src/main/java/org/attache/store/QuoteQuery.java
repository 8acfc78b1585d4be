package org.attache.store;

import java.util.Optional;

/** Which quotes to list: by a speaker, about an actor, within a range of days; newest first. */
public record QuoteQuery(Optional<String> speaker, Optional<String> about, DateRange dates, int limit) {

  public QuoteQuery {
    speaker = speaker == null ? Optional.empty() : speaker;
    about = about == null ? Optional.empty() : about;
    dates = dates == null ? DateRange.ALL : dates;
    if (limit < 1 || limit > 100_000) {
      throw new IllegalArgumentException("limit must lie in 1..100000: " + limit);
    }
  }

  public static QuoteQuery bySpeaker(String speaker, int limit) {
    return new QuoteQuery(Optional.of(speaker), Optional.empty(), DateRange.ALL, limit);
  }
}
