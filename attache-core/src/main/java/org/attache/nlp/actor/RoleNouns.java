package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.TextSpan;

/**
 * Finds role nouns ("the Russian Foreign Minister", "Armenia's Prime Minister", "the President of
 * Azerbaijan", "the head of state") and the country each names, if any. A role noun directly
 * followed by a name ("Foreign Minister Sergey Lavrov") is a title of that name, not a reference of
 * its own, and is skipped.
 */
final class RoleNouns {

  /** A role noun found in the text. */
  record Found(TextSpan span, String office, Optional<String> country) {}

  private final ActorRegistry registry;
  private final List<String[]> nouns;

  RoleNouns(ActorRegistry registry) {
    this.registry = registry;
    this.nouns = registry.officeNouns().stream().map(n -> n.split(" ")).toList();
  }

  List<Found> find(String text, List<TextSpan> names) {
    List<Word> words = Word.split(text);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int len = nounAt(words, i);
      if (len == 0) {
        continue;
      }
      int last = i + len - 1;
      String noun = String.join(" ", keys(words, i, len));
      if (startsName(words, last + 1, names, text)) {
        i = last;
        continue;
      }
      Optional<String> country = countryBefore(words, i, text).or(() -> countryAfter(words, last, text));
      int start = words.get(i).span().start();
      out.add(new Found(new TextSpan(start, words.get(last).span().end()), registry.officeOfNoun(noun).orElseThrow(), country));
      i = last;
    }
    return out;
  }

  private int nounAt(List<Word> words, int i) {
    for (String[] n : nouns) {
      if (i + n.length <= words.size() && matches(words, i, n)) {
        return n.length;
      }
    }
    return 0;
  }

  private static boolean matches(List<Word> words, int i, String[] noun) {
    for (int k = 0; k < noun.length; k++) {
      if (!words.get(i + k).key().equals(noun[k])) {
        return false;
      }
    }
    return true;
  }

  private static List<String> keys(List<Word> words, int i, int len) {
    return words.subList(i, i + len).stream().map(Word::key).toList();
  }

  private static boolean startsName(List<Word> words, int next, List<TextSpan> names, String text) {
    if (next >= words.size()) {
      return false;
    }
    Word w = words.get(next);
    if (w.span().start() - words.get(next - 1).span().end() > 1) {
      return false;
    }
    return names.stream().anyMatch(s -> s.start() == w.span().start());
  }

  private Optional<String> countryBefore(List<Word> words, int i, String text) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      Word w = words.get(k);
      Optional<KnownActor> c = registry.countryOfAdjective(w.surface());
      if (c.isEmpty() && w.surface().matches(".*['\u2019]s")) {
        c = country(w.key());
      }
      if (c.isPresent()) {
        return c.flatMap(a -> a.actor().country());
      }
    }
    return Optional.empty();
  }

  private Optional<String> countryAfter(List<Word> words, int last, String text) {
    if (last + 2 < words.size() && words.get(last + 1).key().equals("of")) {
      return country(words.get(last + 2).key()).flatMap(a -> a.actor().country());
    }
    return Optional.empty();
  }

  private Optional<KnownActor> country(String key) {
    return registry.named(key).stream().filter(a -> a.actor().type() == org.attache.model.EntityType.GPE && !a.adjectives().isEmpty()).findFirst();
  }
}
