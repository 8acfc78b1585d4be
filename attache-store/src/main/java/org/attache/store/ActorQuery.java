package org.attache.store;

import java.util.Optional;

/**
 * Which stored actors to list, most documented first: a name or alias containing some words
 * (ignoring case and accents), of one type (PERSON, ORG, GPE, LOC), affiliated with one country.
 */
public record ActorQuery(Optional<String> name, Optional<String> type, Optional<String> country, int offset, int limit) {

  public ActorQuery {
    name = name == null ? Optional.empty() : name;
    type = type == null ? Optional.empty() : type;
    country = country == null ? Optional.empty() : country;
    Paging.check(offset, limit);
  }
}
