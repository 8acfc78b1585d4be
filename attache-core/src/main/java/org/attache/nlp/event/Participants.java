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
import org.attache.model.Token;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.ArticleActors;
import org.attache.nlp.quote.Descriptions;

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

  private static final int WINDOW = 8;
  private static final Descriptions DESCRIPTIONS = Descriptions.bundled();
  private static final Set<String> SPEECH = org.attache.nlp.quote.SpeechVerbs.bundled().lemmas();
  private static final Set<String> PAIR_NOUNS = Set.of("country", "state", "nation", "side", "leader", "president", "minister", "party");
  private static final Set<String> PARTIES = Set.of("party", "side");
  private static final Set<String> REPORTING = Set.of("call", "describe", "consider", "regard", "view", "see", "name", "think", "believe");
  private static final Set<String> OBJECT_GLUE = Set.of("from", "of", "and", ",", "by");

  private final ActorRegistry registry;
  private final ArticleActors actors;
  private final List<Quote> quotes;
  private final List<Sentence> sentences;

  Participants(ActorRegistry registry, ArticleActors actors, List<Quote> quotes, List<Sentence> sentences) {
    this.registry = registry;
    this.actors = actors;
    this.quotes = quotes;
    this.sentences = sentences;
  }

  /** Returns the actors named by the phrase headed at {@code head}, one per coordinated part. */
  List<Actor> of(Sentence s, int head) {
    List<Actor> holders = officeHolders(s, head);
    if (!holders.isEmpty()) {
      return holders;
    }
    if (PAIR_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) && pairWord(s, head)) {
      return lastPair(s.token(head).span().start(), s.token(head).lemma().toLowerCase(Locale.ROOT));
    }
    if (bareParties(s, head)) {
      return lastBetween(s, head);
    }
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
        nameOf(s, d.dependent()).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The head that names the actor of a conjunct: the conjunct itself when it is a name or pronoun
   * or a description with a name in apposition ("his counterpart X"), or the name the parse hangs
   * loosely under the description ("as well as with his counterpart X", a {@code dep}).
   */
  private static Optional<Integer> nameOf(Sentence s, int head) {
    String pos = s.token(head).pos();
    if (pos.startsWith("NNP") || pos.startsWith("PRP") || s.children(head).stream().anyMatch(d -> d.relation().equals("appos"))) {
      return Optional.of(head);
    }
    return s.children(head).stream().filter(d -> d.relation().equals("dep") && s.token(d.dependent()).pos().startsWith("NNP"))
        .map(Dependency::dependent).findFirst();
  }

  private Optional<Actor> one(Sentence s, int head) {
    String word = s.token(head).word().toLowerCase(Locale.ROOT);
    TextSpan at = s.token(head).span();
    if (FIRST_SINGULAR.contains(word) || FIRST_PLURAL.contains(word)) {
      Optional<Actor> speaker = speakerAround(at);
      return FIRST_PLURAL.contains(word) ? speaker.map(this::stateOf) : speaker;
    }
    if (THIRD_PERSON.contains(word)) {
      return lastSubjectBefore(at.start()).or(() -> lastPersonBefore(at.start()));
    }
    if (PAIR_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) && pairWord(s, head)) {
      return Optional.empty();
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
      return collective(s, head);
    }
    ArticleActors.Located best = named.stream().filter(l -> l.mention().span().overlaps(at)).findFirst()
        .or(() -> named.stream().filter(l -> l.entity().actor().type() == EntityType.PERSON).findFirst())
        .orElse(named.get(0));
    return Optional.of(metonym(best.entity().actor(), best.mention()));
  }

  /**
   * The actors named right after {@code word} following the trigger ("… signed between Russia and
   * Azerbaijan"), read from the surface where the parse does not attach the phrase to the trigger.
   * The phrase ends at the next verb, clause punctuation or another preposition.
   */
  List<Actor> afterWord(Sentence s, int trigger, String word, List<TextSpan> spans) {
    List<Token> t = s.tokens();
    for (int k = trigger + 1; k < t.size() && k <= trigger + WINDOW; k++) {
      if (t.get(k).pos().startsWith("VB") || ".;:".contains(t.get(k).word())) {
        return List.of();
      }
      if (t.get(k).word().equalsIgnoreCase(word)) {
        return phraseFrom(t, k + 1, spans);
      }
    }
    return List.of();
  }

  /** The actors named in the words right after a verb whose object the parse missed ("denounced the statement from Canada"). */
  List<Actor> objectAfter(Sentence s, int trigger, List<TextSpan> spans) {
    List<Token> t = s.tokens();
    int to = trigger + 1;
    while (to < t.size() && to - trigger <= WINDOW && (nominal(t.get(to)) || OBJECT_GLUE.contains(t.get(to).word().toLowerCase(Locale.ROOT)))) {
      to++;
    }
    if (to == trigger + 1) {
      return List.of();
    }
    return actorsIn(new TextSpan(t.get(trigger + 1).span().start(), t.get(to - 1).span().end()), spans);
  }

  /** The actors named anywhere before the trigger in its sentence, nearest first: a passive's patient. */
  List<Actor> beforeAny(Sentence s, int trigger, List<TextSpan> spans) {
    List<Actor> found = before(s, trigger > 1 && s.token(trigger - 1).lemma().equals("be") ? trigger - 1 : trigger, spans);
    if (!found.isEmpty()) {
      return found;
    }
    for (int k = trigger - 1; k >= 0; k--) {
      String w = s.token(k).word().toLowerCase(Locale.ROOT);
      if (THIRD_PERSON.contains(w)) {
        int at = s.token(k).span().start();
        return lastSubjectBefore(at).or(() -> lastPersonBefore(at)).map(List::of).orElse(List.of());
      }
    }
    return List.of();
  }

  /** The actors named just before a verb that has no subject in the parse. */
  List<Actor> before(Sentence s, int trigger, List<TextSpan> spans) {
    List<Token> t = s.tokens();
    int from = trigger;
    while (from > 0 && trigger - from < WINDOW && nominal(t.get(from - 1))) {
      from--;
    }
    if (from == trigger) {
      return List.of();
    }
    TextSpan phrase = new TextSpan(t.get(from).span().start(), t.get(trigger - 1).span().end());
    return actorsIn(phrase, spans);
  }

  private List<Actor> phraseFrom(List<Token> t, int from, List<TextSpan> spans) {
    int to = from;
    while (to < t.size() && to - from < WINDOW && (nominal(t.get(to)) || t.get(to).word().equals(",") || t.get(to).word().equalsIgnoreCase("and"))) {
      to++;
    }
    if (to == from) {
      return List.of();
    }
    return actorsIn(new TextSpan(t.get(from).span().start(), t.get(to - 1).span().end()), spans);
  }

  private List<Actor> actorsIn(TextSpan phrase, List<TextSpan> spans) {
    List<Actor> out = new ArrayList<>();
    for (ArticleActors.Located l : actors.mentionsIn(phrase)) {
      Actor a = metonym(l.entity().actor(), l.mention());
      if (out.stream().noneMatch(o -> o.id().equals(a.id()))) {
        out.add(a);
      }
    }
    if (!out.isEmpty()) {
      spans.add(phrase);
    }
    return out;
  }

  private static boolean nominal(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS") || pos.equals("PRP$");
  }

  /** The last person named inside the subject of a parsed sentence before {@code offset}. */
  private Optional<Actor> lastSubjectBefore(int offset) {
    Actor best = null;
    int bestAt = -1;
    for (Sentence s : sentences) {
      if (!s.parsed() || s.span().start() >= offset) {
        continue;
      }
      for (Dependency d : s.dependencies()) {
        if (!d.relation().equals("nsubj")) {
          continue;
        }
        for (ArticleActors.Located l : actors.mentionsIn(PhraseSpan.withoutClauses(s, d.dependent()))) {
          int at = l.mention().span().start();
          if (l.entity().actor().type() == EntityType.PERSON && at < offset && at > bestAt) {
            best = l.entity().actor();
            bestAt = at;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether an actor is a town, province or region rather than a state or organization: "Sochi
   * and Baku cooperate" is twinned towns, not diplomacy (capitals already stand for their states).
   * The registry's states are the places with demonyms or seats of power.
   */
  boolean isLocality(Actor a) {
    return (a.type() == EntityType.GPE || a.type() == EntityType.LOC)
        && registry.byId(a.id()).map(k -> k.adjectives().isEmpty() && k.metonyms().isEmpty()).orElse(true);
  }

  /** A capital or seat of power stands for its state. */
  Actor metonym(Actor a, Mention m) {
    if (a.type() != EntityType.GPE && a.type() != EntityType.ORG) {
      return a;
    }
    return registry.countryOfMetonym(m.text()).map(k -> k.actor()).filter(c -> !c.id().equals(a.id())).orElse(a);
  }

  /** The state a person serves, or the actor itself. */
  Actor stateOf(Actor person) {
    if (person.type() != EntityType.PERSON || person.country().isEmpty()) {
      return person;
    }
    return registry.country(person.country().get()).map(k -> k.actor()).orElse(person);
  }

  /**
   * "the presidents of Russia and Azerbaijan", "the foreign ministers of the two countries": a plural
   * role noun with the countries it belongs to names who held that office on the article's date.
   */
  private List<Actor> officeHolders(Sentence s, int head) {
    Token t = s.token(head);
    if (!t.pos().equals("NNS") || actors.date().isEmpty()) {
      return List.of();
    }
    String noun = t.lemma().toLowerCase(Locale.ROOT);
    Optional<Token> modifier = head > 0 ? Optional.of(s.token(head - 1)) : Optional.empty();
    Optional<String> office = modifier.flatMap(m -> registry.officeOfNoun(m.lemma() + " " + noun)).or(() -> registry.officeOfNoun(noun));
    if (office.isEmpty()) {
      return List.of();
    }
    List<String> offices = new ArrayList<>(List.of(office.get()));
    DESCRIPTIONS.offices(noun).stream().filter(o -> !offices.contains(o)).forEach(offices::add);
    List<Actor> out = new ArrayList<>();
    for (int of : Clause.caseChildren(s, head, "of")) {
      for (int part : conjuncts(s, of)) {
        one(s, part).filter(a -> a.type() == EntityType.GPE && a.country().isPresent())
            .flatMap(c -> holder(offices, c.country().get())).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Who held one of {@code offices} of a country on the article's date: one the article names if
   * there is one ("the leaders of Azerbaijan and Armenia" in an article naming Pashinyan is the
   * prime minister, not the president), else the holder of the first office.
   */
  private Optional<Actor> holder(List<String> offices, String country) {
    List<Actor> holders = new ArrayList<>();
    for (String office : offices) {
      registry.holders(office, country, actors.date().get()).stream()
          .flatMap(h -> registry.byId(h.holder()).stream()).forEach(k -> holders.add(k.actor()));
    }
    return holders.stream().filter(h -> actors.entities().stream().anyMatch(e -> e.actor().id().equals(h.id()))).findFirst()
        .or(() -> holders.stream().findFirst());
  }

  /**
   * "the co-chairs", "the co-chair countries": a plural role noun whose office belongs to one
   * organization stands for that organization.
   */
  private Optional<Actor> collective(Sentence s, int head) {
    Token t = s.token(head);
    if (!t.pos().equals("NNS")) {
      return Optional.empty();
    }
    List<String> nouns = new ArrayList<>(List.of(t.lemma()));
    s.children(head).stream().filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
        .forEach(d -> nouns.add(s.token(d.dependent()).lemma()));
    for (String noun : nouns) {
      Set<String> offices = DESCRIPTIONS.offices(noun.toLowerCase(Locale.ROOT));
      if (offices.size() == 1) {
        Optional<Actor> body = registry.bodyOf(offices.iterator().next()).map(k -> k.actor());
        if (body.isPresent()) {
          return body;
        }
      }
    }
    return Optional.empty();
  }

  /** "the parties", "the sides": a plural party noun with only an article. */
  private static boolean bareParties(Sentence s, int head) {
    Token t = s.token(head);
    return t.pos().equals("NNS") && PARTIES.contains(t.lemma().toLowerCase(Locale.ROOT))
        && s.children(head).stream().allMatch(d -> d.relation().equals("det") || d.relation().equals("punct"));
  }

  /**
   * The parties of the nearest "between A and B" before {@code head}, in its sentence or the one
   * before: "the meeting between A and B … the parties will adopt a statement".
   */
  private List<Actor> lastBetween(Sentence s, int head) {
    int at = s.token(head).span().start();
    int here = sentences.indexOf(s);
    for (int i = here; i >= 0 && i >= here - 1; i--) {
      List<Token> t = sentences.get(i).tokens();
      for (int k = t.size() - 2; k >= 0; k--) {
        if (t.get(k).span().start() < at && t.get(k).word().equalsIgnoreCase("between")) {
          List<Actor> pair = phraseFrom(t, k + 1, new ArrayList<>());
          if (pair.size() >= 2) {
            return pair;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The two states named in the sentence of {@code offset} before it, or in the sentence before:
   * the parties an agentless "a treaty was signed" leaves unsaid when the text has just named them.
   */
  List<Actor> statesJustNamed(Sentence s, int offset) {
    int from = sentences.get(Math.max(0, sentences.indexOf(s) - 1)).span().start();
    return firstTwo(mentionsNewestFirst(from, offset).stream().map(l -> metonym(l.entity().actor(), l.mention()))
        .filter(a -> a.type() == EntityType.GPE && !isLocality(a)));
  }

  /** "the two countries", "both leaders": a pair named by a plural noun with "two" or "both". */
  private static boolean pairWord(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (w.equals("two") || w.equals("both")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last two distinct actors of the noun's kind named before {@code offset}; for a role noun
   * ("the two presidents") only people who held that office on the article's date.
   */
  private List<Actor> lastPair(int offset, String noun) {
    EntityType type = Set.of("country", "state", "nation", "side").contains(noun) ? EntityType.GPE : EntityType.PERSON;
    Set<String> offices = type == EntityType.PERSON ? DESCRIPTIONS.offices(noun) : Set.of();
    return firstTwo(mentionsNewestFirst(0, offset).stream().map(l -> l.entity().actor())
        .filter(a -> a.type() == type && (offices.isEmpty() || actors.offices(a.id()).stream().anyMatch(offices::contains)))
        .filter(a -> type != EntityType.GPE || registry.country(a.id()).isPresent() || a.id().length() == 3));
  }

  /** Every mention that starts in {@code [from, before)}, the latest first. */
  private List<ArticleActors.Located> mentionsNewestFirst(int from, int before) {
    List<ArticleActors.Located> out = new ArrayList<>();
    for (var e : actors.entities()) {
      for (Mention m : e.mentions()) {
        if (m.span().start() >= from && m.span().start() < before) {
          out.add(new ArticleActors.Located(e, m));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(b.mention().span().start(), a.mention().span().start()));
    return out;
  }

  /** The first two distinct actors, or none when there are fewer. */
  private static List<Actor> firstTwo(java.util.stream.Stream<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    actors.filter(a -> out.stream().noneMatch(o -> o.id().equals(a.id()))).limit(2).forEach(out::add);
    return out.size() == 2 ? out : List.of();
  }

  /**
   * Who takes the stance a clause states: the speaker of the quote it lies in, else the subject of
   * the speech or judging verb it hangs from ("Bayramov called the relations …", "Aliyev thinks that …").
   */
  Optional<Actor> evaluatorOf(Sentence s, int trigger) {
    Optional<Actor> speaker = speakerAround(s.token(trigger).span());
    if (speaker.isPresent()) {
      return speaker;
    }
    int t = trigger;
    for (int climb = 0; climb < 4 && s.governorOf(t) >= 0; climb++) {
      t = s.governorOf(t);
      String lemma = s.token(t).lemma().toLowerCase(Locale.ROOT);
      if (REPORTING.contains(lemma) || SPEECH.contains(lemma)) {
        Optional<Integer> subject = s.child(t, "nsubj");
        return subject.map(h -> of(s, h)).filter(l -> l.size() == 1).map(l -> l.get(0));
      }
    }
    return Optional.empty();
  }

  /** The states named by an adjective, one for each part of a hyphenated pair ("Russian-Azerbaijani"). */
  List<Actor> statesOfAdjective(String word) {
    List<Actor> out = new ArrayList<>();
    for (String part : word.split("[-\u2013]")) {
      registry.countryOfAdjective(part).map(k -> k.actor()).filter(a -> out.stream().noneMatch(o -> o.id().equals(a.id())))
          .ifPresent(out::add);
    }
    return out;
  }

  /** The speaker of the quote {@code at} lies in: who an act with no subject in a quote is told by. */
  Optional<Actor> speakerOf(TextSpan at) {
    return speakerAround(at);
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
