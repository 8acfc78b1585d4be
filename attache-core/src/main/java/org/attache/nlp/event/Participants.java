package org.attache.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.Dependency;
import org.attache.model.EntityType;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.ArticleActors;

/**
 * Turns the phrases around an event trigger into actors: a person where one is named, else the
 * organization or country; a capital used as a metonym ("Baku's proposal") becomes its state; "the
 * Armenian side" becomes Armenia; "he" the last person named before; "I" and "we" inside a quote
 * the quote's speaker and the speaker's country. Coordinated phrases ("A and B") give each actor.
 */
final class Participants {

  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my");
  private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our");

  private final ActorRegistry registry;
  private final ArticleActors actors;
  private final List<Quote> quotes;

  Participants(ActorRegistry registry, ArticleActors actors, List<Quote> quotes) {
    this.registry = registry;
    this.actors = actors;
    this.quotes = quotes;
  }

  /** Returns the actors named by the phrase headed at {@code head}, one per coordinated part. */
  List<Actor> of(Sentence s, int head) {
    List<Actor> out = new ArrayList<>();
    for (int h : conjuncts(s, head)) {
      one(s, h).filter(a -> out.stream().noneMatch(o -> o.id().equals(a.id()))).ifPresent(out::add);
    }
    return out;
  }

  private static List<Integer> conjuncts(Sentence s, int head) {
    List<Integer> out = new ArrayList<>(List.of(head));
    for (Dependency d : s.children(head)) {
      if (d.relation().startsWith("conj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private Optional<Actor> one(Sentence s, int head) {
    String word = s.token(head).word().toLowerCase(Locale.ROOT);
    TextSpan at = s.token(head).span();
    if (FIRST_SINGULAR.contains(word) || FIRST_PLURAL.contains(word)) {
      Optional<Actor> speaker = speakerAround(at);
      return FIRST_PLURAL.contains(word) ? speaker.map(this::stateOf) : speaker;
    }
    if (THIRD_PERSON.contains(word)) {
      return lastPersonBefore(at.start());
    }
    if (word.equals("side")) {
      for (Dependency d : s.children(head)) {
        Optional<Actor> c = registry.countryOfAdjective(s.token(d.dependent()).word()).map(k -> k.actor());
        if (c.isPresent()) {
          return c;
        }
      }
    }
    TextSpan phrase = PhraseSpan.withoutClauses(s, head);
    List<ArticleActors.Located> named = actors.mentionsIn(phrase);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    ArticleActors.Located best = named.stream().filter(l -> l.entity().actor().type() == EntityType.PERSON).findFirst()
        .orElse(named.get(named.size() - 1));
    return Optional.of(metonym(best.entity().actor(), best.mention()));
  }

  /** A capital or seat of power stands for its state. */
  Actor metonym(Actor a, Mention m) {
    if (a.type() != EntityType.GPE && a.type() != EntityType.ORG) {
      return a;
    }
    return registry.countryOfMetonym(m.text()).map(k -> k.actor()).filter(c -> !c.id().equals(a.id())).orElse(a);
  }

  private Actor stateOf(Actor person) {
    if (person.type() != EntityType.PERSON || person.country().isEmpty()) {
      return person;
    }
    return registry.country(person.country().get()).map(k -> k.actor()).orElse(person);
  }

  private Optional<Actor> speakerAround(TextSpan at) {
    return quotes.stream().filter(q -> q.span().contains(at)).findFirst().flatMap(Quote::speaker);
  }

  private Optional<Actor> lastPersonBefore(int offset) {
    Actor best = null;
    int bestAt = -1;
    for (var e : actors.entities()) {
      if (e.actor().type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.span().start() < offset && m.span().start() > bestAt) {
          best = e.actor();
          bestAt = m.span().start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the place named by the phrase headed at {@code head}, without metonymy. */
  Optional<Actor> place(Sentence s, int head) {
    List<ArticleActors.Located> named = actors.mentionsIn(PhraseSpan.withoutClauses(s, head));
    return named.stream().map(l -> l.entity().actor())
        .filter(a -> a.type() == EntityType.GPE || a.type() == EntityType.LOC).findFirst();
  }

  /** A visit to a capital is a visit to its state; to any other place, to that place. */
  Actor stateOfPlace(Actor place) {
    return registry.countryOfMetonym(place.name()).map(k -> k.actor()).orElse(place);
  }
}
