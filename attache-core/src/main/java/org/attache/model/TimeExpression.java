package org.attache.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression in the text ("on 3 December", "yesterday", "in November 2020") with the date it
 * stands for once resolved against the publication date; empty when it cannot be resolved.
 */
public record TimeExpression(TextSpan span, String text, Optional<FuzzyDate> value) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    value = Objects.requireNonNullElse(value, Optional.empty());
  }
}
