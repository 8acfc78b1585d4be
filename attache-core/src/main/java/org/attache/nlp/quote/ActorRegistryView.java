package org.attache.nlp.quote;

import java.util.Optional;
import org.attache.model.Actor;
import org.attache.nlp.actor.ActorRegistry;

/**
 * What quote attribution needs from the actor registry: the country a nationality word names, and
 * the state a capital or seat of power stands for when it speaks ("Baku welcomed …").
 */
public interface ActorRegistryView {

  /** Returns the ISO 3166-1 alpha-3 code of the country {@code adjective} names ("Russian" → RUS). */
  Optional<String> countryOfAdjective(String adjective);

  /** Returns the state that {@code name} stands for as a metonym ("Baku" → Azerbaijan), if it is one. */
  Optional<Actor> stateNamedBy(String name);

  /** Returns the view of {@code registry}. */
  static ActorRegistryView of(ActorRegistry registry) {
    return new ActorRegistryView() {
      @Override
      public Optional<String> countryOfAdjective(String adjective) {
        return registry.countryOfAdjective(adjective).flatMap(k -> k.actor().country());
      }

      @Override
      public Optional<Actor> stateNamedBy(String name) {
        return registry.countryOfMetonym(name).map(k -> k.actor());
      }
    };
  }
}
