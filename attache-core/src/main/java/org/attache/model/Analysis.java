package org.attache.model;

import java.util.List;
import java.util.Objects;

/** Everything Attaché found in one article: its actors, quotes, events and the problems met. */
public record Analysis(Article article, List<Entity> entities, List<Quote> quotes, List<Event> events, List<Problem> problems) {

  public Analysis {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /** Returns an analysis that holds only the article and the problem that stopped it. */
  public static Analysis failed(Article article, Problem problem) {
    return new Analysis(article, List.of(), List.of(), List.of(), List.of(problem));
  }
}
