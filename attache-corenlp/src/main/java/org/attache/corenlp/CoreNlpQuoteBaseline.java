package org.attache.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.TextSpan;

/**
 * CoreNLP's own quote finder and attributor ({@code quote} with attribution, which needs
 * {@code depparse} and {@code coref}), run only as the baseline {@code attache eval --baseline
 * corenlp-quotes} scores beside Attaché's quotes. Loads its models once; thread-safe.
 */
public final class CoreNlpQuoteBaseline {

  /** One quote as CoreNLP finds it: the words inside the marks and the speaker it names, if any. */
  public record BaselineQuote(TextSpan span, String text, Optional<String> speaker) {}

  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "i", "we", "they");

  private final StanfordCoreNLP pipeline;

  public CoreNlpQuoteBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("quote.attributeQuotes", "true");
    pipeline = new StanfordCoreNLP(p);
  }

  public List<BaselineQuote> quotes(Article article) {
    Annotation doc = new Annotation(article.text());
    pipeline.annotate(doc);
    List<BaselineQuote> out = new ArrayList<>();
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      TextSpan inner = inner(article.text(), start, end);
      out.add(new BaselineQuote(inner, inner.of(article.text()), speaker(q)));
    }
    return out;
  }

  /** CoreNLP's speaker; where that is a pronoun, the canonical mention of its coreference chain. */
  private static Optional<String> speaker(CoreMap q) {
    String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
    String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
    if (speaker != null && PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT)) && canonical != null) {
      return Optional.of(canonical);
    }
    return Optional.ofNullable(speaker);
  }

  /** CoreNLP's quote spans include the marks; the contract's text does not. */
  private static TextSpan inner(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && ".!?".indexOf(text.charAt(e - 1)) < 0) {
      e--;
    }
    return new TextSpan(s, e);
  }
}
