package org.attache.nlp.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names to the keys they are looked up by. {@link #fold} forgives case, accents, apostrophe
 * styles, punctuation and a leading "the"; {@link #skeleton} also forgives the transliteration
 * variants news writes for Russian, Azerbaijani and Armenian names (Sergei/Sergey, Mamedov/Mammadov,
 * Bairamov/Bayramov, Aliev/Aliyev), so it is only used after an exact key has failed.
 */
public final class Names {

  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");

  private Names() {}

  /** Returns the case-, accent- and punctuation-folded key of {@code name}. */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String s = foldCharacters(name);
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    s = POSSESSIVE.matcher(s).replaceAll("").replace("'", "");
    return LEADING_THE.matcher(s).replaceFirst("");
  }

  /** Returns the folded form of each character, keeping everything else (spaces, punctuation). */
  public static String foldCharacters(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    s = COMBINING.matcher(s).replaceAll("");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('ı', 'i').replace('ə', 'a').replace('Ə', 'a');
    return s.toLowerCase(Locale.ROOT);
  }

  /** Returns a transliteration-tolerant key: vowel and doubled-letter variants collapse. */
  public static String skeleton(String name) {
    String s = fold(name);
    s = s.replace("kh", "h").replace("dzh", "j").replace("zh", "j").replace("ch", "c").replace("ts", "c");
    s = s.replace('y', 'i').replace('e', 'a').replace('w', 'v').replace('x', 'h').replace('q', 'g');
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns the last word of a folded name: the surname, for the names this registry holds. */
  public static String lastWord(String folded) {
    int space = folded.lastIndexOf(' ');
    return space < 0 ? folded : folded.substring(space + 1);
  }

  /**
   * Returns the optimal-string-alignment distance (edits, with adjacent transpositions) between two
   * keys, or {@code limit + 1} as soon as it exceeds {@code limit}.
   */
  public static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
