package org.attache.nlp.actor;

import java.util.List;
import java.util.Objects;
import org.attache.model.Actor;

/**
 * One registry entry: the canonical actor plus what only countries have, the adjectives and
 * demonyms that name their people and officials ("Azerbaijani", "Azeri") and the metonyms that
 * stand for the state as an actor ("Baku", "the Kremlin").
 */
public record KnownActor(Actor actor, List<String> adjectives, List<String> metonyms) {

  public KnownActor {
    Objects.requireNonNull(actor, "actor");
    adjectives = List.copyOf(adjectives);
    metonyms = List.copyOf(metonyms);
  }

  public String id() {
    return actor.id();
  }
}
