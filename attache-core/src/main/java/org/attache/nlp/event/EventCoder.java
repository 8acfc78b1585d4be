package org.attache.nlp.event;

import java.util.List;
import org.attache.model.Event;
import org.attache.model.Quote;
import org.attache.model.TimeExpression;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.actor.ArticleActors;

/**
 * Codes the events one article reports. Reads the parse, the article's actors, its quotes (an event
 * inside a quote is dated by the quote's context) and its resolved time expressions. Immutable and
 * thread-safe.
 */
@FunctionalInterface
public interface EventCoder {

  /** Returns the events in {@code text} in document order; never null. */
  List<Event> code(AnnotatedText text, ArticleActors actors, List<Quote> quotes, List<TimeExpression> times);
}
