/**
 * The Stanford CoreNLP backend: fills {@link org.attache.nlp.AnnotatedText} with tokens, sentences,
 * POS tags, lemmas, NER tags and dependency parses. The only package of Attaché that knows CoreNLP;
 * nothing in core may depend on it.
 */
package org.attache.corenlp;
