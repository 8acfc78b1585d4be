package org.attache.store;

import java.util.Optional;

/**
 * Which stored articles to list, newest first: naming an actor, from an outlet, published within a
 * range; one page of them ({@code offset}, {@code limit}) so that a client can walk a large store.
 * Syndicated copies (stored with {@code duplicate_of}) are left out: they carry no facts.
 */
public record DocumentQuery(Optional<String> actor, Optional<String> outlet, DateRange dates, int offset, int limit) {

  public DocumentQuery {
    actor = actor == null ? Optional.empty() : actor;
    outlet = outlet == null ? Optional.empty() : outlet;
    dates = dates == null ? DateRange.ALL : dates;
    Paging.check(offset, limit);
  }

  public static DocumentQuery all(int limit) {
    return new DocumentQuery(Optional.empty(), Optional.empty(), DateRange.ALL, 0, limit);
  }
}
