package org.attache.nlp.time;

import java.util.List;
import java.util.Optional;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;
import org.attache.model.TimeExpression;

/** Finds time expressions in text and resolves them against the publication date. */
public interface TimeResolver {

  /**
   * Finds the time expressions of {@code text} and resolves each against {@code published}.
   *
   * @param text the article text the returned spans index into
   * @param sentences the sentence spans of text (resolution uses the tense of the sentence an
   *     expression is in)
   * @param published the publication date, at day, month or year precision, or empty
   * @return the expressions in document order; never null
   */
  List<TimeExpression> resolve(String text, List<TextSpan> sentences, Optional<FuzzyDate> published);
}
