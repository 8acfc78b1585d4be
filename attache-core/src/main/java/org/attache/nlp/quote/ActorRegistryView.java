package org.attache.nlp.quote;

import java.util.Optional;

/** What quote attribution needs from the actor registry: the country a nationality word names. */
@FunctionalInterface
public interface ActorRegistryView {

  /** Returns the ISO 3166-1 alpha-3 code of the country {@code adjective} names ("Russian" → RUS). */
  Optional<String> countryOfAdjective(String adjective);
}
