package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.attache.model.EntityType;
import org.attache.model.TextSpan;
import org.attache.model.Token;
import org.attache.nlp.AnnotatedText;

/**
 * A span that may name an actor: found by the registry's gazetteer ({@code known} set) or by the
 * NER tagger (type from its tag). Titles the tagger sometimes takes into a person's name ("Ms.",
 * "President") are trimmed off.
 */
record NameCandidate(TextSpan span, String surface, EntityType type, Optional<KnownActor> known) {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "minister", "prime", "premier",
      "chancellor", "ambassador", "general", "gen", "sir", "madam", "mister", "secretary", "deputy", "foreign", "senator");

  /** Pronouns a tagger sometimes runs into a name when a sentence break is missing ("Farhad Mammadov He said"). */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "his", "her");

  /**
   * Returns the tagger's names; a trailing pronoun or nationality word ("Sergey Lavrov Azerbaijani
   * president" where a sentence break was lost) is cut off.
   */
  static List<NameCandidate> fromNer(AnnotatedText text, Predicate<String> nationality) {
    List<NameCandidate> out = new ArrayList<>();
    for (var sentence : text.sentences()) {
      List<Token> run = new ArrayList<>();
      for (Token t : sentence.tokens()) {
        if (!run.isEmpty() && !run.get(0).ner().equals(t.ner())) {
          flush(text, run, out, nationality);
        }
        if (typeOf(t.ner()).isPresent()) {
          run.add(t);
        }
      }
      flush(text, run, out, nationality);
    }
    return out;
  }

  private static void flush(AnnotatedText text, List<Token> run, List<NameCandidate> out, Predicate<String> nationality) {
    if (run.isEmpty()) {
      return;
    }
    EntityType type = typeOf(run.get(0).ner()).orElseThrow();
    int from = 0;
    while (type == EntityType.PERSON && from < run.size() - 1 && TITLES.contains(Names.fold(run.get(from).word()))) {
      from++;
    }
    int to = run.size() - 1;
    while (to > from && (PRONOUNS.contains(Names.fold(run.get(to).word())) || nationality.test(run.get(to).word()))) {
      to--;
    }
    TextSpan span = new TextSpan(run.get(from).span().start(), run.get(to).span().end());
    String surface = text.words(span);
    if (surface.chars().anyMatch(Character::isLetter)) {
      out.add(new NameCandidate(span, surface, type, Optional.empty()));
    }
    run.clear();
  }

  static Optional<EntityType> typeOf(String ner) {
    switch (ner) {
      case "PERSON":
        return Optional.of(EntityType.PERSON);
      case "ORGANIZATION":
        return Optional.of(EntityType.ORG);
      case "LOCATION":
      case "COUNTRY":
      case "CITY":
      case "STATE_OR_PROVINCE":
        return Optional.of(EntityType.GPE);
      default:
        return Optional.empty();
    }
  }

  int words() {
    return surface.strip().split("\\s+").length;
  }
}
