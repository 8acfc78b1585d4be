package org.attache.nlp.actor;

import org.attache.nlp.AnnotatedText;

/**
 * Finds the actors of one article and every mention of each: names, partial names, misspellings,
 * role nouns. Reads tokens and NER tags; assumes nothing about the parse. Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface ActorResolver {

  ArticleActors resolve(AnnotatedText text);
}
