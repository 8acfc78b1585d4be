package org.attache.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.attache.nlp.Pipeline;
import org.attache.store.KnowledgeBase;

/**
 * A small store built from hand-made analyses (no language model), served once per JVM on a free
 * loopback port with a known token, for the API and browser tests. It holds a visit told by two
 * outlets, a later meeting, a threat, and one article whose title and text carry markup.
 */
final class ServedStore {

  static final String TOKEN = "test-token-0123456789abcdef";
  static final Actor RUSSIA = country("rus", "Russia");
  static final Actor AZERBAIJAN = country("aze", "Azerbaijan");
  static final Actor ARMENIA = country("arm", "Armenia");
  static final Actor LAVROV = person("sergey-lavrov", "Sergey Lavrov", "RUS");
  static final Actor BAYRAMOV = person("jeyhun-bayramov", "Jeyhun Bayramov", "AZE");
  static final Actor MIRZOYAN = person("ararat-mirzoyan", "Ararat Mirzoyan", "ARM");

  private static Server server;
  private static KnowledgeBase kb;

  private ServedStore() {}

  /** Returns the shared server, starting it on first use; it stops when the JVM does. */
  static synchronized Server server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("attache-served");
        kb = KnowledgeBase.open(dir);
        kb.add(analyses());
        server = Server.start(kb, ServerConfig.of("127.0.0.1", 0, new AccessToken(TOKEN, false)), ServedStore::modelFree);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          kb.close();
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A pipeline whose annotator fails, so an ingested article is stored with a problem and no facts, with no model loaded. */
  static Pipeline modelFree() {
    return new Pipeline(a -> {
      throw new IllegalStateException("no language model in this test");
    }, t -> {
      throw new IllegalStateException("unreachable");
    }, (t, s, p) -> List.of(), (t, a) -> List.of(), (t, a, q, d) -> List.of());
  }

  static List<Analysis> analyses() {
    String tass = "Sergey Lavrov visited Baku on 13 October 2021.\n\n\"We support the peace process in Nagorno-Karabakh,\" Lavrov said.";
    String apa = "Russian Foreign Minister Sergey Lavrov arrived in Baku and met Jeyhun Bayramov.\n\n\"Karabakh is Azerbaijan,\" Bayramov said.";
    String later = "Jeyhun Bayramov and Ararat Mirzoyan met in Washington.\n\n\"The occupied territories are liberated,\" Bayramov said.";
    String threat = "Ararat Mirzoyan accused Azerbaijan of shelling border villages.\n\n\"This is <script>alert('x')</script> unacceptable,\""
        + " Mirzoyan said. Jeyhun Bayramov denied it.";
    return List.of(
        new Doc("tass-1", "Lavrov visits Baku", "2021-10-13", "TASS", tass).entity(LAVROV, "Foreign Minister of Russia", "Sergey Lavrov", "Lavrov")
            .quote("We support the peace process in Nagorno-Karabakh,", LAVROV, AZERBAIJAN)
            .event("042", LAVROV, AZERBAIJAN, "2021-10-13", "Baku", "Sergey Lavrov visited Baku on 13 October 2021.").build(),
        new Doc("apa-1", "Bayramov receives Lavrov", "2021-10-14", "APA", apa).entity(LAVROV, "Foreign Minister of Russia", "Sergey Lavrov")
            .entity(RUSSIA, null, "Russian").entity(BAYRAMOV, "Foreign Minister of Azerbaijan", "Jeyhun Bayramov")
            .quote("Karabakh is Azerbaijan,", BAYRAMOV, AZERBAIJAN)
            .event("042", LAVROV, AZERBAIJAN, "2021-10", null, "Sergey Lavrov arrived in Baku")
            .event("040", LAVROV, BAYRAMOV, "2021-10-13", "Baku", "met Jeyhun Bayramov").build(),
        new Doc("apa-2", "Foreign ministers meet in Washington", "2021-11-20", "APA", later)
            .entity(BAYRAMOV, "Foreign Minister of Azerbaijan", "Jeyhun Bayramov").entity(MIRZOYAN, "Foreign Minister of Armenia", "Ararat Mirzoyan")
            .quote("The occupied territories are liberated,", BAYRAMOV, ARMENIA)
            .event("040", BAYRAMOV, MIRZOYAN, "2021-11-19", "Washington", "Jeyhun Bayramov and Ararat Mirzoyan met in Washington").build(),
        new Doc("arm-1", "Yerevan: <b>shelling</b> <script>alert(1)</script>", "2021-12-02", "Armenpress", threat)
            .entity(MIRZOYAN, "Foreign Minister of Armenia", "Ararat Mirzoyan", "Mirzoyan").entity(AZERBAIJAN, null, "Azerbaijan")
            .entity(BAYRAMOV, "Foreign Minister of Azerbaijan", "Jeyhun Bayramov")
            .quote("This is <script>alert('x')</script> unacceptable,", MIRZOYAN, AZERBAIJAN)
            .event("112", MIRZOYAN, AZERBAIJAN, "2021-12-02", null, "Ararat Mirzoyan accused Azerbaijan of shelling border villages.")
            .event("190", AZERBAIJAN, ARMENIA, "2021-12-01", null, "shelling border villages").build());
  }

  static Actor person(String id, String name, String country) {
    return new Actor(id, name, EntityType.PERSON, Optional.of(country), List.of());
  }

  static Actor country(String id, String name) {
    return new Actor(id, name, EntityType.GPE, Optional.of(id.toUpperCase(Locale.ROOT)), List.of());
  }

  /** One hand-made analysis; spans are found by searching the text for the words given. */
  private static final class Doc {
    private final Article article;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    Doc(String id, String title, String published, String outlet, String text) {
      article = new Article(id, title, text, Optional.of(FuzzyDate.parse(published)), Optional.of(outlet),
          Optional.of("https://example.org/" + id), Optional.empty(), List.of());
    }

    Doc entity(Actor actor, String role, String... surfaces) {
      List<Mention> mentions = new ArrayList<>();
      for (String s : surfaces) {
        mentions.add(new Mention(span(s), s, actor.type()));
      }
      entities.add(new Entity(actor, Optional.ofNullable(role), mentions));
      return this;
    }

    Doc quote(String words, Actor speaker, Actor... about) {
      quotes.add(new Quote(span(words), words, QuoteKind.DIRECT, Optional.of(speaker), Optional.empty(), Optional.empty(), List.of(about)));
      return this;
    }

    Doc event(String cameo, Actor source, Actor target, String date, String place, String evidence) {
      events.add(new Event(cameo, source, Optional.ofNullable(target), Optional.of(FuzzyDate.parse(date)), article.published(),
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
  }
}
