package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Returns score.py's {@code fold()} and {@code tokens()} of a value: NFKD, combining marks dropped,
 * U+2019 as an apostrophe, lower case, every run of non-word characters one space. A word
 * character is Python's Unicode {@code \w}: a letter or number of any script, or "_". That is
 * exactly {@code [\p{L}\p{N}_]}, not Java's {@code UNICODE_CHARACTER_CLASS} {@code \w}, which also
 * takes spacing marks, connector punctuation and some symbols. Thread-safe.
 */
final class Folding {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

  private static final String MID_WORD_PUNCTUATION =
      "'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a";

  private Folding() {}

  /** Returns {@code fold(value)}: "" for None, else the fold of Python's {@code str(value)}. */
  static String fold(JsonNode value) {
    return PythonValues.isNone(value) ? "" : fold(PythonValues.str(value));
  }

  /** Returns {@code fold(s)}. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> !Marks.COMBINING.get(cp)).forEach(kept::appendCodePoint);
    String lower = lowerCase(kept.toString().replace('\u2019', '\''));
    return NON_WORD.matcher(lower).replaceAll(" ").strip();
  }

  /**
   * Returns Python's {@code s.lower()}. Java's {@code toLowerCase(Locale.ROOT)} maps every
   * character the same way, except a capital sigma: Java calls it final by word boundaries, Python
   * by the Unicode rule (a cased letter before it and none after, case-ignorables skipped).
   */
  static String lowerCase(String s) {
    int sigma = s.indexOf('\u03a3');
    if (sigma < 0) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    for (int at = sigma; at >= 0; at = s.indexOf('\u03a3', from)) {
      out.append(s.substring(from, at).toLowerCase(Locale.ROOT));
      out.append(isFinalSigma(s, at) ? '\u03c2' : '\u03c3');
      from = at + 1;
    }
    return out.append(s.substring(from).toLowerCase(Locale.ROOT)).toString();
  }

  private static boolean isFinalSigma(String s, int at) {
    int before = at;
    while (before > 0 && isCaseIgnorable(s.codePointBefore(before))) {
      before -= Character.charCount(s.codePointBefore(before));
    }
    if (before == 0 || !isCased(s.codePointBefore(before))) {
      return false;
    }
    int after = at + 1;
    while (after < s.length() && isCaseIgnorable(s.codePointAt(after))) {
      after += Character.charCount(s.codePointAt(after));
    }
    return after == s.length() || !isCased(s.codePointAt(after));
  }

  private static boolean isCased(int cp) {
    return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  // Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and the Word_Break classes MidLetter,
  // MidNumLet and Single_Quote, which the JDK does not expose
  private static boolean isCaseIgnorable(int cp) {
    switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.FORMAT:
      case Character.MODIFIER_LETTER:
      case Character.MODIFIER_SYMBOL:
        return true;
      default:
        return MID_WORD_PUNCTUATION.indexOf(cp) >= 0;
    }
  }

  /** Returns {@code tokens(value)}: the words of its fold, in order. */
  static List<String> tokens(JsonNode value) {
    String folded = fold(value);
    return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
  }

  /**
   * The characters Python's {@code unicodedata.combining} calls combining (canonical combining
   * class not 0). The JDK has no API for the class, so canonical reordering tells: NFD moves a mark
   * of class above 1 before U+0334 (class 1), and a mark of class 1 to 239 before U+0345 (class
   * 240). Every such character is a mark (Mn, Mc or Me), so only marks are probed, once.
   */
  private static final class Marks {
    static final BitSet COMBINING = probeAll();

    private static BitSet probeAll() {
      BitSet combining = new BitSet();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        int type = Character.getType(cp);
        if ((type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK)
            && hasCombiningClass(cp)) {
          combining.set(cp);
        }
      }
      return combining;
    }

    private static boolean hasCombiningClass(int cp) {
      String mark = Character.toString(cp);
      String afterClassOne = Normalizer.normalize(mark + "\u0334", Normalizer.Form.NFD);
      String afterClass240 = Normalizer.normalize("\u0345" + mark, Normalizer.Form.NFD);
      return afterClassOne.startsWith("\u0334") || !afterClass240.startsWith("\u0345");
    }
  }
}
