package org.attache.nlp.quote;

import java.util.List;
import org.attache.model.Quote;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.actor.ArticleActors;

/** Finds the quotations of one article and their speakers. Immutable and thread-safe. */
@FunctionalInterface
public interface QuoteFinder {

  /** Returns the quotes in {@code text} in document order; never null. */
  List<Quote> find(AnnotatedText text, ArticleActors actors);
}
