package org.attache.ingest;

import java.util.Optional;

/**
 * Returns the language a text is written in, so that ingest can skip what the English pipeline
 * cannot read. Core ships no model; {@code attache-langid} implements this with OpenNLP's
 * detector, and tests use fakes.
 */
@FunctionalInterface
public interface LanguageGuesser {

  /** Returns the language of {@code text}, or empty when the guesser cannot tell (too short, mixed). */
  Optional<LanguageGuess> guess(String text);

  /** Returns a guesser that never tells, so that every article is read as English. */
  static LanguageGuesser undetermined() {
    return text -> Optional.empty();
  }
}
