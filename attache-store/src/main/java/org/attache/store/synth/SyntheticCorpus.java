package org.attache.store.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.KnownActor;

/**
 * Returns synthetic analyses for benchmarks: article {@code n} of seed {@code s} is always the same
 * text, written from the templates over two people of different countries from the actor
 * registry, with the entities, quotes and events the pipeline would extract from it, spans exact.
 * An article has one paragraph by default (an event, a few other sentences and a quote, some 70
 * words: enough for query benchmarks, and a small store); with more paragraphs, each telling
 * another event and quoting the other side, it reaches the length of real news (five paragraphs
 * are some 350 words), for timing the pipeline and the store together. The people are drawn with a
 * skew (a few appear often, as in real news) so that queries meet both common and rare actors.
 * Thread-safe; each call builds fresh records.
 */
public final class SyntheticCorpus {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final int DAYS = 16 * 365;

  private final Templates templates = Templates.bundled();
  private final List<Actor> people = new ArrayList<>();
  private final Map<String, Actor> countries = new HashMap<>();
  private final Map<String, List<String>> cities = new HashMap<>();
  private final long seed;
  private final int paragraphs;

  public SyntheticCorpus(ActorRegistry registry, long seed) {
    this(registry, seed, 1);
  }

  public SyntheticCorpus(ActorRegistry registry, long seed, int paragraphs) {
    if (paragraphs < 1) {
      throw new IllegalArgumentException("an article needs at least one paragraph: " + paragraphs);
    }
    this.seed = seed;
    this.paragraphs = paragraphs;
    for (KnownActor k : registry.all()) {
      Actor a = k.actor();
      if (a.country().isEmpty()) {
        continue;
      }
      String cc = a.country().get().toUpperCase(Locale.ROOT);
      if (a.type() == EntityType.PERSON) {
        people.add(a);
      } else if (a.type() == EntityType.GPE && a.id().equalsIgnoreCase(cc)) {
        countries.put(cc, a);
      } else if (a.type() == EntityType.GPE) {
        cities.computeIfAbsent(cc, x -> new ArrayList<>()).add(a.name());
      }
    }
    people.removeIf(p -> !countries.containsKey(p.country().get().toUpperCase(Locale.ROOT)));
    if (people.size() < 2) {
      throw new IllegalStateException("the actor registry has fewer than two people with a known country");
    }
  }

  /** Returns the people articles are written about, for choosing benchmark queries. */
  public List<Actor> people() {
    return List.copyOf(people);
  }

  /** Returns the countries of those people. */
  public List<Actor> countries() {
    return List.copyOf(countries.values());
  }

  public List<String> topics() {
    return templates.list("topic");
  }

  /** Returns articles {@code from} to {@code from + count - 1}. */
  public List<Analysis> batch(long from, int count) {
    List<Analysis> out = new ArrayList<>(count);
    for (long n = from; n < from + count; n++) {
      out.add(article(n));
    }
    return out;
  }

  public Analysis article(long n) {
    Random r = new Random(seed * 1_000_003L + n);
    Actor a = skewed(r);
    Actor b = skewed(r);
    while (b.country().equals(a.country())) {
      b = people.get(r.nextInt(people.size()));
    }
    Actor ca = country(a);
    Actor cb = country(b);
    LocalDate day = FIRST.plusDays(r.nextInt(DAYS));
    String place = pick(r, cities.getOrDefault(cb.country().get(), List.of(cb.name())));
    Writer w = new Writer(r, Map.of("A", a, "B", b, "CA", ca, "CB", cb), Map.of("PLACE", place, "DATE", date(day)));
    List<String[]> told = new ArrayList<>();
    List<TextSpan> evidence = new ArrayList<>();
    List<TextSpan> quotes = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        w.paragraph();
      }
      String[] event = templates.events().get(r.nextInt(templates.events().size()));
      told.add(event);
      evidence.add(w.sentence(event[1]));
      for (int i = 0, fillers = 2 + r.nextInt(3); i < fillers; i++) {
        w.sentence(pick(r, templates.fillers()));
      }
      quotes.add(w.quote(pick(r, templates.quotes()), p % 2 == 0 ? a : b));
    }
    String text = w.text.toString();
    String id = String.format(Locale.ROOT, "synth-%d-%09d", seed, n);
    Article art = new Article(id, a.name() + " and " + b.name() + " on " + (w.topic == null ? "relations" : w.topic), text, Optional.of(new FuzzyDate.Day(day.plusDays(r.nextInt(2)))),
        Optional.of(pick(r, templates.list("outlet"))), Optional.of("https://synth.invalid/" + id), Optional.empty(), List.of());
    List<Entity> entities = new ArrayList<>();
    w.mentions.forEach((actor, spans) -> entities.add(new Entity(actor, Optional.empty(), spans)));
    List<Quote> said = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      boolean first = p % 2 == 0;
      said.add(new Quote(quotes.get(p), quotes.get(p).of(text), QuoteKind.DIRECT, Optional.of(first ? a : b), Optional.empty(), Optional.empty(),
          List.of(first ? cb : ca)));
      events.add(new Event(told.get(p)[0], a, Optional.of(b), Optional.of(new FuzzyDate.Day(day)), Optional.empty(), Optional.of(place),
          EventStatus.HAPPENED, evidence.get(p), evidence.get(p).of(text), "synth"));
    }
    return new Analysis(art, entities, said, events, List.of());
  }

  private Actor skewed(Random r) {
    double u = r.nextDouble();
    return people.get((int) (people.size() * u * u * u));
  }

  private Actor country(Actor person) {
    return countries.get(person.country().get().toUpperCase(Locale.ROOT));
  }

  private static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT) + " " + d.getYear();
  }

  private static String pick(Random r, List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  /** Expands templates into the article text, recording where each actor is named. */
  private final class Writer {
    final StringBuilder text = new StringBuilder();
    final Map<Actor, List<Mention>> mentions = new LinkedHashMap<>();
    final Random r;
    final Map<String, Actor> actors;
    final Map<String, String> words;
    String topic;

    Writer(Random r, Map<String, Actor> actors, Map<String, String> words) {
      this.r = r;
      this.actors = actors;
      this.words = words;
    }

    void paragraph() {
      text.append("\n\n");
    }

    TextSpan sentence(String template) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
      int start = text.length();
      expand(template);
      return new TextSpan(start, text.length());
    }

    TextSpan quote(String template, Actor speaker) {
      text.append(" \"");
      int start = text.length();
      expand(template);
      TextSpan span = new TextSpan(start, text.length());
      text.append(",\" ");
      name(speaker);
      text.append(" said.");
      return span;
    }

    private void expand(String template) {
      int i = 0;
      while (i < template.length()) {
        int open = template.indexOf('{', i);
        int close = open < 0 ? -1 : template.indexOf('}', open);
        if (close < 0) {
          text.append(template, i, template.length());
          return;
        }
        text.append(template, i, open);
        slot(template.substring(open + 1, close));
        i = close + 1;
      }
    }

    private void slot(String name) {
      Actor a = actors.get(name);
      if (a != null) {
        name(a);
      } else if (words.containsKey(name)) {
        text.append(words.get(name));
      } else {
        String w = pick(r, templates.list(name.toLowerCase(Locale.ROOT)));
        if (name.equals("TOPIC") && topic == null) {
          topic = w;
        }
        text.append(w);
      }
    }

    private void name(Actor a) {
      int start = text.length();
      text.append(a.name());
      mentions.computeIfAbsent(a, k -> new ArrayList<>()).add(new Mention(new TextSpan(start, text.length()), a.name(), a.type()));
    }
  }
}
