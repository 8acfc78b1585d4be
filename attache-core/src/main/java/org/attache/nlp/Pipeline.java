package org.attache.nlp;

import java.util.List;
import java.util.Objects;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.Problem;
import org.attache.model.Quote;
import org.attache.model.TimeExpression;
import org.attache.nlp.actor.ActorResolver;
import org.attache.nlp.actor.ArticleActors;
import org.attache.nlp.event.EventCoder;
import org.attache.nlp.quote.QuoteFinder;
import org.attache.nlp.time.TimeResolver;

/**
 * The whole extraction for one article, wired in code: annotate, resolve actors, resolve dates, find
 * quotes, code events. Each stage is a typed field, so what runs is visible here and nowhere else.
 * Thread-safe when its stages are; one failing article yields an {@link Analysis} with a
 * {@link Problem} instead of an exception.
 */
public record Pipeline(TextAnnotator annotator, ActorResolver actors, TimeResolver times, QuoteFinder quotes, EventCoder events) {

  public Pipeline {
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(events, "events");
  }

  public Analysis analyze(Article article) {
    String stage = "annotate";
    try {
      AnnotatedText text = annotator.annotate(article);
      stage = "actors";
      ArticleActors cast = actors.resolve(text);
      stage = "time";
      List<TimeExpression> dates = times.resolve(article.text(), text.sentenceSpans(), article.published());
      stage = "quotes";
      List<Quote> found = quotes.find(text, cast);
      stage = "events";
      List<Event> coded = events.code(text, cast, found, dates);
      return new Analysis(article, cast.entities(), found, coded, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      return Analysis.failed(article, new Problem(article.id(), stage, describe(e)));
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
