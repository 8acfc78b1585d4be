package org.attache.store;

import java.util.Optional;

/** An actor as the store knows it: the registry id, canonical name, type and country affiliation. */
public record ActorRef(String id, String name, String type, Optional<String> country) {

  /** Returns true when this actor is a country itself (its id is its own ISO code in lower case). */
  public boolean isCountry() {
    return "GPE".equals(type) && country.isPresent() && country.get().equalsIgnoreCase(id);
  }
}
