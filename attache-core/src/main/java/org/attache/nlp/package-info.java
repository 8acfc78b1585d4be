/**
 * The pipeline and the annotated view of an article that every stage reads. A backend (CoreNLP, or a
 * hand-built fake in tests) fills {@link org.attache.nlp.AnnotatedText}; the stages in the
 * sub-packages read it and add actors, quotes, dates and events. Nothing here loads a model.
 */
package org.attache.nlp;
