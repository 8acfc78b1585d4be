package org.attache.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Entity;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.attache.model.TextSpan;

/**
 * Builds analyses by hand, as the pipeline would, so that store tests need no language model:
 * spans are found by searching the article text for the words given.
 */
final class Fixture {

  static final Actor RUSSIA = country("rus", "Russia");
  static final Actor AZERBAIJAN = country("aze", "Azerbaijan");
  static final Actor ARMENIA = country("arm", "Armenia");
  static final Actor LAVROV = person("sergey-lavrov", "Sergey Lavrov", "RUS");
  static final Actor BAYRAMOV = person("jeyhun-bayramov", "Jeyhun Bayramov", "AZE");
  static final Actor MIRZOYAN = person("ararat-mirzoyan", "Ararat Mirzoyan", "ARM");

  private final Article article;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private Fixture(Article article) {
    this.article = article;
  }

  static Fixture article(String id, String published, String outlet, String text) {
    Article a = new Article(id, "Title of " + id, text, Optional.ofNullable(published).map(FuzzyDate::parse), Optional.ofNullable(outlet),
        Optional.of("https://example.org/" + id), Optional.empty(), List.of());
    return new Fixture(a);
  }

  static Actor person(String id, String name, String country) {
    return new Actor(id, name, EntityType.PERSON, Optional.of(country), List.of());
  }

  static Actor country(String id, String name) {
    return new Actor(id, name, EntityType.GPE, Optional.of(id.toUpperCase(java.util.Locale.ROOT)), List.of());
  }

  /** Adds an entity with one mention per given surface form (each must occur in the text). */
  Fixture entity(Actor actor, String role, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    for (String s : surfaces) {
      mentions.add(new Mention(span(s), s, actor.type()));
    }
    entities.add(new Entity(actor, Optional.ofNullable(role), mentions));
    return this;
  }

  Fixture quote(String words, Actor speaker, Actor... about) {
    quotes.add(new Quote(span(words), words, QuoteKind.DIRECT, Optional.ofNullable(speaker), Optional.empty(), Optional.empty(),
        List.of(about)));
    return this;
  }

  Fixture event(String cameo, Actor source, Actor target, String date, String place, String evidence) {
    events.add(new Event(cameo, source, Optional.ofNullable(target), Optional.ofNullable(date).map(FuzzyDate::parse), article.published(),
        Optional.ofNullable(place), EventStatus.HAPPENED, span(evidence), evidence, "fixture"));
    return this;
  }

  Analysis build() {
    return new Analysis(article, entities, quotes, events, List.of());
  }

  private TextSpan span(String words) {
    int at = article.text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' not in the text of " + article.id());
    }
    return new TextSpan(at, at + words.length());
  }

  /** Two outlets telling one visit, and a third article a month later. */
  static List<Analysis> visitStory() {
    String tass = "Sergey Lavrov visited Baku on 13 October 2021. \"We support the peace process in Nagorno-Karabakh,\" Lavrov said.";
    String apa = "Russian Foreign Minister Sergey Lavrov arrived in Baku and met Jeyhun Bayramov. \"Karabakh is Azerbaijan,\" Bayramov said.";
    String later = "Jeyhun Bayramov and Ararat Mirzoyan met in Washington. \"The occupied territories are liberated,\" Bayramov said.";
    return List.of(
        article("tass-1", "2021-10-13", "TASS", tass).entity(LAVROV, "Foreign Minister of Russia", "Sergey Lavrov", "Lavrov")
            .quote("We support the peace process in Nagorno-Karabakh,", LAVROV, AZERBAIJAN)
            .event("042", LAVROV, AZERBAIJAN, "2021-10-13", "Baku", "Sergey Lavrov visited Baku on 13 October 2021.").build(),
        article("apa-1", "2021-10-14", "APA", apa).entity(LAVROV, "Foreign Minister of Russia", "Sergey Lavrov").entity(RUSSIA, null, "Russian")
            .entity(BAYRAMOV, "Foreign Minister of Azerbaijan", "Jeyhun Bayramov")
            .quote("Karabakh is Azerbaijan,", BAYRAMOV, AZERBAIJAN)
            .event("042", LAVROV, AZERBAIJAN, "2021-10", null, "Sergey Lavrov arrived in Baku")
            .event("040", LAVROV, BAYRAMOV, "2021-10-13", "Baku", "met Jeyhun Bayramov").build(),
        article("apa-2", "2021-11-20", "APA", later).entity(BAYRAMOV, "Foreign Minister of Azerbaijan", "Jeyhun Bayramov")
            .entity(MIRZOYAN, "Foreign Minister of Armenia", "Ararat Mirzoyan")
            .quote("The occupied territories are liberated,", BAYRAMOV, ARMENIA)
            .event("040", BAYRAMOV, MIRZOYAN, "2021-11-19", "Washington", "Jeyhun Bayramov and Ararat Mirzoyan met in Washington").build());
  }
}
