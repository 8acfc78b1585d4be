package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * A word of the raw text with its folded key, as the registry's names are folded. Splitting the
 * text the same way as the names keeps gazetteer matching independent of any tokenizer.
 */
record Word(TextSpan span, String surface, String key) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

  static List<Word> split(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String key = Names.fold(m.group());
      if (!key.isEmpty()) {
        out.add(new Word(new TextSpan(m.start(), m.end()), m.group(), key));
      }
    }
    return out;
  }

  boolean capitalized() {
    char c = surface.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  boolean allUpper() {
    return surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
