package org.attache.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.model.Token;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.actor.ArticleActors;

/**
 * Turns the words that name a speaker into an actor. A name that ends the phrase is the speaker
 * ("Russian Foreign Minister Sergey Lavrov", "Armenia's prime minister"), else one that opens it
 * ("Lavrov, who …"); a name only inside a
 * modifier ("assistant to the Azerbaijani president") is not, and the phrase is a description.
 * Role nouns resolve through the office each actor held that day. Pronouns and descriptions ("he",
 * "the political scientist", "the Russian diplomat") resolve to a person named earlier in the same
 * sentence, else the speaker the article was quoting, else the last person named outside quotes;
 * a nationality in the description must agree. Plural speakers ("the leaders", "both") stay
 * unattributed. Stateless; the caller passes what it has seen so far.
 */
final class SpeakerAttributor {

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

  /** What came before in the article: the last attributed speaker and where its quote ended. */
  record Context(Optional<Actor> lastSpeaker, int lastSpeakerEnd, List<TextSpan> quoted) {}

  private final AnnotatedText text;
  private final ArticleActors actors;
  private final ActorRegistryView registry;
  private final Descriptions descriptions;

  SpeakerAttributor(AnnotatedText text, ArticleActors actors, ActorRegistryView registry, Descriptions descriptions) {
    this.text = text;
    this.actors = actors;
    this.registry = registry;
    this.descriptions = descriptions;
  }

  /** Returns the actor named by {@code phrase}, or empty when it names none or several. */
  Optional<Actor> resolve(TextSpan phrase, Context context) {
    List<Token> words = text.tokens().stream().filter(t -> phrase.contains(t.span())).toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (coordinated(words)) {
      return Optional.empty();
    }
    Optional<Actor> named = headName(phrase, words);
    if (named.isPresent()) {
      return named.map(this::stateIfSeat);
    }
    Optional<Actor> byRole = byLooseRole(phrase, context);
    if (byRole.isPresent()) {
      return byRole;
    }
    if (plural(words)) {
      return Optional.empty();
    }
    String first = words.get(0).word().toLowerCase(Locale.ROOT);
    boolean pronoun = words.size() == 1 && PERSONAL_PRONOUNS.contains(first);
    boolean description = Set.of("the", "this", "that", "our", "his", "her").contains(first) || words.get(0).isNoun();
    if (description) {
      Set<String> offices = descriptions.offices(head(words).lemma());
      Optional<String> country = nationality(words).or(() -> reportingCountry(phrase, context));
      Optional<Actor> holder = offices.isEmpty() ? Optional.empty() : lastPerson(0, phrase.start(), context, country, offices);
      if (holder.isPresent()) {
        return holder;
      }
    }
    if (pronoun || description) {
      return antecedent(phrase.start(), context, nationality(words));
    }
    return Optional.empty();
  }

  /** A capital that speaks ("Baku welcomed …") speaks for its state; an institution ("the Kremlin") stays itself. */
  private Actor stateIfSeat(Actor a) {
    if (a.type() != EntityType.GPE) {
      return a;
    }
    return registry.stateNamedBy(a.name()).filter(s -> !s.id().equals(a.id())).orElse(a);
  }

  private Optional<Actor> headName(TextSpan phrase, List<Token> words) {
    List<ArticleActors.Located> named = actors.mentionsIn(phrase);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    Token last = lastWord(words);
    for (ArticleActors.Located l : named) {
      boolean closesWithName = l.mention().span().end() >= last.span().end() && Character.isUpperCase(last.word().charAt(0));
      boolean closes = l.mention().span().end() >= last.span().end() && !afterPreposition(words, l.mention().span());
      if (closesWithName || closes) {
        return Optional.of(l.entity().actor());
      }
    }
    for (ArticleActors.Located l : named) {
      if (l.mention().span().start() == words.get(0).span().start()) {
        return Optional.of(l.entity().actor());
      }
    }
    for (ArticleActors.Located l : named) {
      if (l.entity().actor().type() == EntityType.PERSON && !afterPreposition(words, l.mention().span())) {
        return Optional.of(l.entity().actor());
      }
    }
    return Optional.empty();
  }

  private static Token lastWord(List<Token> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (words.get(i).word().chars().anyMatch(Character::isLetterOrDigit)) {
        return words.get(i);
      }
    }
    return words.get(words.size() - 1);
  }

  /** The head of a noun phrase: its last word before the first preposition ("assistant to the president"). */
  private static Token head(List<Token> words) {
    for (int i = 1; i < words.size(); i++) {
      String pos = words.get(i).pos();
      if (pos.equals("IN") || pos.equals("TO") || words.get(i).word().equals(",")) {
        return lastWord(words.subList(0, i));
      }
    }
    return lastWord(words);
  }

  private static boolean afterPreposition(List<Token> words, TextSpan mention) {
    return words.stream().anyMatch(t -> t.span().end() <= mention.start() && (t.pos().equals("IN") || t.pos().equals("TO")));
  }

  private static boolean coordinated(List<Token> words) {
    return words.stream().anyMatch(t -> t.word().equalsIgnoreCase("and") || t.word().equals("&"));
  }

  private static boolean plural(List<Token> words) {
    String first = words.get(0).word().toLowerCase(Locale.ROOT);
    if (Set.of("they", "both", "we", "them").contains(first)) {
      return true;
    }
    Token head = head(words);
    return head.pos().equals("NNS") || head.pos().equals("NNPS");
  }

  /**
   * "Baku said that the president had reiterated …": a role noun inside words a state (or one of
   * its bodies) is reported to have said is that state's office holder.
   */
  private static Optional<String> reportingCountry(TextSpan phrase, Context context) {
    return context.lastSpeaker().filter(a -> context.lastSpeakerEnd() >= phrase.end()).flatMap(Actor::country);
  }

  private Optional<String> nationality(List<Token> words) {
    for (Token t : words) {
      Optional<String> c = registry.countryOfAdjective(t.word());
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> byLooseRole(TextSpan phrase, Context context) {
    for (ArticleActors.RoleReference r : actors.roleReferences()) {
      if (phrase.contains(r.span())) {
        Optional<String> country = r.country().isPresent() ? Optional.empty() : reportingCountry(phrase, context);
        return lastHolder(r.office(), phrase.start(), country);
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> lastHolder(String office, int before, Optional<String> country) {
    Actor best = null;
    int bestAt = -1;
    for (var e : actors.entities()) {
      if (!actors.offices(e.actor().id()).contains(office) || country.isPresent() && !e.actor().country().equals(country)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.span().start() < before && m.span().start() > bestAt) {
          best = e.actor();
          bestAt = m.span().start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A person named earlier in the same sentence, outside quotes; else the speaker being quoted, when
   * recent; else the last person named outside quotes. With a nationality, only people of it.
   */
  Optional<Actor> antecedent(int before, Context context, Optional<String> country) {
    int sentenceStart = text.sentenceAt(before).map(s -> s.span().start()).orElse(before);
    Optional<Actor> inSentence = lastPerson(sentenceStart, before, context, country, Set.of());
    if (inSentence.isPresent()) {
      return inSentence;
    }
    Optional<Actor> speaker = context.lastSpeaker().filter(a -> a.type() == EntityType.PERSON)
        .filter(a -> country.isEmpty() || a.country().equals(country));
    if (speaker.isPresent() && paragraphsBetween(context.lastSpeakerEnd(), before) <= 1) {
      return speaker;
    }
    return lastPerson(0, before, context, country, Set.of());
  }

  private Optional<Actor> lastPerson(int from, int before, Context context, Optional<String> country, Set<String> offices) {
    Actor best = null;
    int bestAt = -1;
    for (var e : actors.entities()) {
      Actor a = e.actor();
      if (a.type() != EntityType.PERSON || (country.isPresent() && !a.country().equals(country))
          || (!offices.isEmpty() && !descriptions.any(actors.offices(a.id()), offices))) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int at = m.span().start();
        if (at >= from && at < before && at > bestAt && context.quoted().stream().noneMatch(q -> q.contains(m.span()))) {
          best = a;
          bestAt = at;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  int paragraphsBetween(int from, int to) {
    if (from < 0) {
      return Integer.MAX_VALUE;
    }
    int n = 0;
    String t = text.text();
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == '\n' && (i == from || t.charAt(i - 1) != '\n')) {
        n++;
      }
    }
    return n;
  }
}
