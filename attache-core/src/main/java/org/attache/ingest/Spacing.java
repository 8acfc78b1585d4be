package org.attache.ingest;

import java.util.regex.Pattern;

/**
 * Puts back the space scraped pages lose after a full stop or comma ("partners.Why I am",
 * "a friend,ally"), without which sentences run together and no parser can split them. Only a
 * lower-case word followed by a capitalized one (or by a lower-case one after a comma) is touched,
 * so abbreviations ("U.S.", "St.Petersburg"), numbers and most URLs are kept as they are.
 */
final class Spacing {

  private static final Pattern AFTER_STOP = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?])(?=\\p{Lu}\\p{Ll})");
  private static final Pattern AFTER_COMMA = Pattern.compile("(?<=\\p{Ll}\\p{Ll},)(?=\\p{Ll}\\p{Ll})");

  private Spacing() {}

  static String repair(String text) {
    String s = AFTER_STOP.matcher(text).replaceAll(" ");
    return AFTER_COMMA.matcher(s).replaceAll(" ");
  }
}
