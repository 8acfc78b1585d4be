package org.attache.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.actor.ArticleActors;

/**
 * Turns the words that name a speaker into an actor: a named mention (a person before an
 * organization or place inside the same phrase, so "assistant to Azerbaijan's president Novruz
 * Mammadov" is Mammadov); a role noun, through the office each actor held that day; a pronoun or a
 * bare description ("the political scientist"), through the speaker the article was last quoting
 * or, failing that, the last person it named outside quotes. Stateless; the caller passes what it
 * has seen so far.
 */
final class SpeakerAttributor {

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");

  /** What came before in the article: the last attributed speaker and where its quote ended. */
  record Context(Optional<Actor> lastSpeaker, int lastSpeakerEnd, List<TextSpan> quoted) {}

  private final AnnotatedText text;
  private final ArticleActors actors;

  SpeakerAttributor(AnnotatedText text, ArticleActors actors) {
    this.text = text;
    this.actors = actors;
  }

  /** Returns the actor named by {@code phrase}, or empty when it names none or several. */
  Optional<Actor> resolve(TextSpan phrase, Context context) {
    List<ArticleActors.Located> named = actors.mentionsIn(phrase);
    if (!named.isEmpty()) {
      return named.stream().filter(l -> l.entity().actor().type() == EntityType.PERSON).findFirst()
          .or(() -> named.stream().findFirst()).map(l -> l.entity().actor());
    }
    Optional<Actor> byRole = byLooseRole(phrase);
    if (byRole.isPresent()) {
      return byRole;
    }
    String words = text.words(phrase).strip().toLowerCase(Locale.ROOT);
    if (GROUP_PRONOUNS.contains(words) || words.startsWith("both ") || words.contains(" and ")) {
      return Optional.empty();
    }
    if (PERSONAL_PRONOUNS.contains(words) || words.startsWith("the ") || words.startsWith("this ")) {
      return antecedent(phrase.start(), context);
    }
    return Optional.empty();
  }

  private Optional<Actor> byLooseRole(TextSpan phrase) {
    for (ArticleActors.RoleReference r : actors.roleReferences()) {
      if (phrase.contains(r.span())) {
        return lastHolder(r.office(), phrase.start());
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> lastHolder(String office, int before) {
    Actor best = null;
    int bestAt = -1;
    for (var e : actors.entities()) {
      if (!actors.offices(e.actor().id()).contains(office)) {
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

  /** The speaker being quoted, when recent; else the last person named outside quotes. */
  Optional<Actor> antecedent(int before, Context context) {
    if (context.lastSpeaker().isPresent() && context.lastSpeaker().get().type() == EntityType.PERSON
        && paragraphsBetween(context.lastSpeakerEnd(), before) <= 1) {
      return context.lastSpeaker();
    }
    Actor best = null;
    int bestAt = -1;
    for (var e : actors.entities()) {
      if (e.actor().type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int at = m.span().start();
        if (at < before && at > bestAt && context.quoted().stream().noneMatch(q -> q.contains(m.span()))) {
          best = e.actor();
          bestAt = at;
        }
      }
    }
    return Optional.ofNullable(best).or(context::lastSpeaker);
  }

  int paragraphsBetween(int from, int to) {
    if (from < 0 || from >= to) {
      return from < 0 ? Integer.MAX_VALUE : 0;
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
