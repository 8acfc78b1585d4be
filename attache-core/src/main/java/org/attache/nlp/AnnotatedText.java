package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.Token;

/**
 * An article with its linguistic annotation: sentences of tokens with lemma, POS and NER tags, and
 * dependency edges where the backend parsed. It is what every stage reads; building one by hand is
 * how core's stages are tested without a model.
 */
public record AnnotatedText(Article article, List<Sentence> sentences) {

  public AnnotatedText {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }

  /** Returns the characters of {@code span}. */
  public String words(TextSpan span) {
    return span.of(article.text());
  }

  /** Returns the sentence holding offset {@code offset}, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Returns the sentences overlapping {@code span}, in order. */
  public List<Sentence> sentencesIn(TextSpan span) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.span().overlaps(span)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Returns the sentence spans, for stages that need only the boundaries. */
  public List<TextSpan> sentenceSpans() {
    return sentences.stream().map(Sentence::span).toList();
  }

  /** Returns every token of the article in order. */
  public List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.addAll(s.tokens());
    }
    return out;
  }
}
