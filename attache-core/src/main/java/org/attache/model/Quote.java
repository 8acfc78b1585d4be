package org.attache.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quotation and who said it. {@code span} covers the quoted words without their marks;
 * {@code cue} is the speech verb or phrase that introduces it ("stressed", "according to") and
 * {@code speakerMention} the words that name the speaker, when the text has them. A quote whose
 * speaker cannot be attributed keeps an empty speaker rather than a guess.
 */
public record Quote(
    TextSpan span,
    String text,
    QuoteKind kind,
    Optional<Actor> speaker,
    Optional<TextSpan> cue,
    Optional<TextSpan> speakerMention,
    List<Actor> about) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    speaker = Objects.requireNonNullElse(speaker, Optional.empty());
    cue = Objects.requireNonNullElse(cue, Optional.empty());
    speakerMention = Objects.requireNonNullElse(speakerMention, Optional.empty());
    about = List.copyOf(about == null ? List.of() : about);
  }
}
