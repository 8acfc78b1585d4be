package org.attache.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor as it appears in one article: the canonical actor, the role it held at the article's
 * date, and every mention of it in that article.
 */
public record Entity(Actor actor, Optional<String> role, List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(actor, "actor");
    role = Objects.requireNonNullElse(role, Optional.empty());
    mentions = List.copyOf(mentions);
  }

  public String name() {
    return actor.name();
  }
}
