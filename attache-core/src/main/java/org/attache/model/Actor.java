package org.attache.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical real-world actor: a person, organization, country or place, under the one name every
 * article's variants resolve to. {@code country} is the ISO 3166-1 alpha-3 affiliation where one
 * applies. {@code id} is stable across articles; actors the registry lacks get an id derived from
 * their name.
 */
public record Actor(String id, String name, EntityType type, Optional<String> country, List<String> aliases) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    country = Objects.requireNonNullElse(country, Optional.empty());
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
