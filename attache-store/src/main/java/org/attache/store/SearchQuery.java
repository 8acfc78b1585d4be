package org.attache.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A full-text search: Lucene query syntax over article text and titles (or quote text), narrowed
 * to articles naming an actor, from an outlet, published within a range.
 */
public record SearchQuery(String text, Optional<String> actor, Optional<String> outlet, DateRange dates, int limit, boolean quotes) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("search text must not be blank");
    }
    actor = actor == null ? Optional.empty() : actor;
    outlet = outlet == null ? Optional.empty() : outlet;
    dates = dates == null ? DateRange.ALL : dates;
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must lie in 1..10000: " + limit);
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), DateRange.ALL, 10, false);
  }
}
