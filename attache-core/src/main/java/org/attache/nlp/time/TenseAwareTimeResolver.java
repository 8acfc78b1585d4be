package org.attache.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;
import org.attache.model.TimeExpression;

/**
 * Finds time expressions with a grammar of English date patterns and resolves each against the
 * publication date, choosing the year of a yearless day or month by the tense the expression is
 * used in: "On 3 December, X visited" in a 4 December 2019 article is 2019-12-03, "X will visit on 3
 * December" 2020-12-03. Immutable and safe to share between threads.
 */
public final class TenseAwareTimeResolver implements TimeResolver {

  private final TimeGrammar grammar = TimeGrammar.english();
  private final TenseDetector tenses = new TenseDetector();
  private final Anchoring anchoring = new Anchoring();

  @Override
  public List<TimeExpression> resolve(String text, List<TextSpan> sentences, Optional<FuzzyDate> published) {
    Objects.requireNonNull(text, "text");
    List<TextSpan> spans = sentences == null ? List.of() : sentences;
    Optional<FuzzyDate> anchor = published == null ? Optional.empty() : published;
    List<TimeExpression> out = new ArrayList<>();
    for (TimeGrammar.Candidate c : grammar.find(text)) {
      Tense tense = c.mention().needsTense()
          ? tenses.tenseAt(text, sentenceOf(c.span(), spans, text), c.span())
          : Tense.PRESENT;
      out.add(new TimeExpression(c.span(), c.span().of(text), anchoring.resolve(c.mention(), anchor, tense)));
    }
    return List.copyOf(out);
  }

  /** The sentence holding {@code span}; the whole text when no given sentence does. */
  private static TextSpan sentenceOf(TextSpan span, List<TextSpan> sentences, String text) {
    for (TextSpan s : sentences) {
      if (s.start() <= span.start() && span.start() < s.end() && s.end() <= text.length()) {
        return s;
      }
    }
    return new TextSpan(0, text.length());
  }
}
