package org.attache.nlp;

import org.attache.model.Article;

/**
 * Returns the linguistic annotation of an article: the one place an NLP backend plugs in. Offsets in
 * the result point into {@link Article#text()}. Implementations load their models once and are
 * safe to call from several threads.
 */
@FunctionalInterface
public interface TextAnnotator {

  AnnotatedText annotate(Article article);
}
