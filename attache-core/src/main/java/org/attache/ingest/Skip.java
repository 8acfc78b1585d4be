package org.attache.ingest;

/**
 * Why a document that was read is not extracted: it copies an earlier one, or it is not in a
 * language the pipeline reads. A skip is a note, not a problem: the input was fine.
 */
public sealed interface Skip permits Skip.Duplicate, Skip.OtherLanguage {

  /** Returns the note a person reads, e.g. "near-duplicate of doc-3 (similarity 0.91)". */
  String note();

  /**
   * A copy of the article {@code original}, read earlier in the same run.
   *
   * @param similarity 1 for the same normalized text, else the estimated Jaccard similarity of
   *     word shingles
   */
  record Duplicate(String original, boolean exact, double similarity) implements Skip {
    public Duplicate {
      java.util.Objects.requireNonNull(original, "original");
      if (!(similarity >= 0 && similarity <= 1)) {
        throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
      }
    }

    @Override
    public String note() {
      return exact ? "exact duplicate of " + original
          : String.format(java.util.Locale.ROOT, "near-duplicate of %s (similarity %.2f)", original, similarity);
    }
  }

  /** Text recognized as the ISO 639-3 {@code language} ("fra", "rus"), not English. */
  record OtherLanguage(String language, double confidence) implements Skip {
    public OtherLanguage {
      java.util.Objects.requireNonNull(language, "language");
    }

    @Override
    public String note() {
      return String.format(java.util.Locale.ROOT, "not English (%s, confidence %.2f); skipped", language, confidence);
    }
  }
}
