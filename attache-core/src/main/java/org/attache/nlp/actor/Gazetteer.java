package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.TextSpan;

/**
 * Finds the registry's names in raw text, longest match first, word by word on folded keys. A match
 * must start with a capital (names are proper nouns: "the kremlin" in lower case is not matched, nor
 * "us" for the United States) unless it is a long descriptive alias, and an alias written in
 * capitals only matches capitals. Immutable
 * and thread-safe once built.
 */
final class Gazetteer {

  /** One name found in the text. */
  record Hit(TextSpan span, String surface, KnownActor actor) {}

  private record Entry(String[] words, boolean capitalsOnly, KnownActor actor) {}

  /** Aliases this long are descriptions ("press service of the Russian president"), matched in any case. */
  private static final int DESCRIPTIVE_WORDS = 3;

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  Gazetteer(Iterable<KnownActor> actors) {
    for (KnownActor a : actors) {
      add(a.actor().name(), a);
      a.actor().aliases().forEach(alias -> add(alias, a));
    }
    byFirstWord.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.words.length, x.words.length)));
  }

  private void add(String name, KnownActor a) {
    String key = Names.fold(name);
    if (key.isEmpty()) {
      return;
    }
    String[] words = key.split(" ");
    boolean caps = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && name.length() <= 6;
    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, caps, a));
  }

  List<Hit> find(String text) {
    List<Word> words = Word.split(text);
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Entry e = longestAt(words, i);
      if (e == null) {
        i++;
        continue;
      }
      TextSpan span = new TextSpan(words.get(i).span().start(), words.get(i + e.words.length - 1).span().end());
      hits.add(new Hit(span, span.of(text), e.actor));
      i += e.words.length;
    }
    return hits;
  }

  private Entry longestAt(List<Word> words, int i) {
    Word first = words.get(i);
    for (Entry e : byFirstWord.getOrDefault(first.key(), List.of())) {
      if ((first.capitalized() || e.words.length >= DESCRIPTIVE_WORDS) && matches(words, i, e)) {
        return e;
      }
    }
    return null;
  }

  private static boolean matches(List<Word> words, int i, Entry e) {
    if (i + e.words.length > words.size()) {
      return false;
    }
    for (int k = 0; k < e.words.length; k++) {
      Word w = words.get(i + k);
      if (!w.key().equals(e.words[k]) || (e.capitalsOnly && !w.allUpper())) {
        return false;
      }
      if (k > 0 && !adjacent(words.get(i + k - 1), w)) {
        return false;
      }
    }
    return true;
  }

  /** Words of one name stand next to each other: at most a space, hyphen or dot between them. */
  private static boolean adjacent(Word a, Word b) {
    return b.span().start() - a.span().end() <= 2;
  }
}
