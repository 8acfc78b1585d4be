package org.attache.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.model.Actor;
import org.attache.model.Entity;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.TextSpan;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.Pipeline;
import org.attache.nlp.actor.ArticleActors;

/**
 * A pipeline of stub stages that loads no model: it knows two people by surname, takes the first
 * words in double quotes as the first person's quote, codes "met" as a 040 meeting of the first
 * person named with the second (at "Vienna" when the text names it), and fails on "CRASH".
 */
public record FakePipeline() implements PipelineSource {

  private static final long serialVersionUID = 1L;

  /** How many times this JVM built the fake; the job must build it once. */
  public static final AtomicInteger BUILDS = new AtomicInteger();

  static final Actor ALIYEV = new Actor("aliyev", "Ilham Aliyev", EntityType.PERSON, Optional.of("AZE"), List.of("Aliyev"));
  static final Actor PASHINYAN = new Actor("pashinyan", "Nikol Pashinyan", EntityType.PERSON, Optional.of("ARM"), List.of());
  private static final Map<String, Actor> KNOWN = Map.of("Aliyev", ALIYEV, "Pashinyan", PASHINYAN);

  @Override
  public Pipeline build() {
    BUILDS.incrementAndGet();
    return new Pipeline(a -> {
      if (a.text().contains("CRASH")) {
        throw new IllegalStateException("the stub annotator fails on CRASH");
      }
      return new AnnotatedText(a, List.of());
    }, FakePipeline::actors, (text, sentences, published) -> List.of(), (text, cast) -> quotes(text, cast), (text, cast, quotes, times) -> events(text, cast));
  }

  private static ArticleActors actors(AnnotatedText text) {
    List<Entity> out = new ArrayList<>();
    List<Integer> first = new ArrayList<>();
    KNOWN.forEach((surname, actor) -> {
      int at = text.text().indexOf(surname);
      if (at >= 0) {
        int i = 0;
        while (i < first.size() && first.get(i) < at) {
          i++;
        }
        first.add(i, at);
        out.add(i, new Entity(actor, Optional.empty(), List.of(new Mention(new TextSpan(at, at + surname.length()), surname, EntityType.PERSON))));
      }
    });
    return new ArticleActors(out, Map.of(), List.of(), text.article().published());
  }

  private static List<Quote> quotes(AnnotatedText text, ArticleActors cast) {
    int open = text.text().indexOf('"');
    int close = open < 0 ? -1 : text.text().indexOf('"', open + 1);
    if (close < 0 || cast.entities().isEmpty()) {
      return List.of();
    }
    return List.of(new Quote(new TextSpan(open + 1, close), text.text().substring(open + 1, close), QuoteKind.DIRECT,
        Optional.of(cast.entities().get(0).actor()), Optional.empty(), Optional.empty(), List.of()));
  }

  private static List<Event> events(AnnotatedText text, ArticleActors cast) {
    int at = text.text().indexOf(" met ");
    if (at < 0 || cast.entities().size() < 2) {
      return List.of();
    }
    Optional<String> place = text.text().contains("Vienna") ? Optional.of("Vienna") : Optional.empty();
    return List.of(new Event("040", cast.entities().get(0).actor(), Optional.of(cast.entities().get(1).actor()), Optional.empty(),
        Optional.empty(), place, EventStatus.HAPPENED, new TextSpan(at + 1, at + 4), "met", "fake-meet"));
  }
}
