package org.attache.model;

import java.util.Objects;

/** One place in the text that names or refers to an actor, with the words used there. */
public record Mention(TextSpan span, String text, EntityType type) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
