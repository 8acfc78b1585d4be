package org.attache.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded interaction reported by one article: CAMEO code, source and target actors, the date the
 * text gives (empty when it gives none; {@code reported} is then the publication date), place,
 * status and the evidence span. {@code pattern} names the verb pattern that fired, for
 * {@code --explain}.
 */
public record Event(
    String cameo,
    Actor source,
    Optional<Actor> target,
    Optional<FuzzyDate> date,
    Optional<FuzzyDate> reported,
    Optional<String> location,
    EventStatus status,
    TextSpan evidence,
    String evidenceText,
    String pattern) {

  public Event {
    Objects.requireNonNull(cameo, "cameo");
    if (!cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + cameo + "'");
    }
    Objects.requireNonNull(source, "source");
    target = Objects.requireNonNullElse(target, Optional.empty());
    date = Objects.requireNonNullElse(date, Optional.empty());
    reported = Objects.requireNonNullElse(reported, Optional.empty());
    location = Objects.requireNonNullElse(location, Optional.empty());
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceText, "evidenceText");
    pattern = pattern == null ? "" : pattern;
  }

  /** Returns the CAMEO root: the first two digits. */
  public String root() {
    return cameo.substring(0, 2);
  }
}
