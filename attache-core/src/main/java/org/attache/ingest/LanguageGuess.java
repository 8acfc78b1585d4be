package org.attache.ingest;

import java.util.Objects;

/** A language recognized in a text: its ISO 639-3 code ("eng", "fra") and how sure the guesser is, in [0, 1]. */
public record LanguageGuess(String language, double confidence) {

  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  public boolean english() {
    return language.equals("eng");
  }
}
