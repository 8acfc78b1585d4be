package org.attache.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans a page title of the site's name: {@code "Talks resume in Baku | Kura Herald"} is the
 * headline {@code "Talks resume in Baku"}. With the outlet known, any segment naming it goes; else
 * only a short last segment does, so "Armenia - Azerbaijan talks" keeps its hyphen.
 */
final class Headlines {

  private static final Pattern SEPARATOR = Pattern.compile("\\s*::\\s*|\\s+[|\\-–—:·•»]\\s+|\\s*[|•»]\\s*");
  private static final int MAX_SITE_WORDS = 4;
  private static final int MAX_CHARS = 400;

  private Headlines() {}

  /** Returns {@code title} without the site name; empty for a blank title. */
  static Optional<String> clean(String title, Optional<String> outlet) {
    String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
    if (t.isEmpty() || t.length() > MAX_CHARS) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(t)));
    parts.removeIf(String::isBlank);
    if (parts.size() < 2) {
      return Optional.of(t);
    }
    if (outlet.isPresent()) {
      String o = norm(outlet.get());
      List<String> kept = new ArrayList<>(parts);
      kept.removeIf(p -> norm(p).equals(o) || (norm(p).contains(o) && words(p) <= words(outlet.get()) + 2));
      if (!kept.isEmpty() && kept.size() < parts.size()) {
        return Optional.of(rejoin(t, kept));
      }
    }
    String last = parts.get(parts.size() - 1);
    if (words(last) <= MAX_SITE_WORDS && words(last) < words(t) - words(last)) {
      return Optional.of(rejoin(t, parts.subList(0, parts.size() - 1)));
    }
    return Optional.of(t);
  }

  /** Returns the site name a title ends with ("... | Kura Herald"), if it has such a short suffix. */
  static Optional<String> siteSuffix(String title) {
    String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return Optional.empty();
    }
    String last = parts[parts.length - 1].strip();
    return !last.isEmpty() && words(last) <= MAX_SITE_WORDS ? Optional.of(last) : Optional.empty();
  }

  /**
   * Returns the heading that a title is made of plus a site name ("Aras Daily :: Envoy: ..." and
   * the page's heading "Envoy: ..."), with the site name left over, if one of {@code headings} is.
   */
  static Optional<String[]> headingInTitle(String title, java.util.List<String> headings) {
    String t = title == null ? "" : title.replaceAll("\\s+", " ").strip();
    for (String h : headings) {
      String heading = h.replaceAll("\\s+", " ").strip();
      int at = heading.isEmpty() ? -1 : t.indexOf(heading);
      if (words(heading) >= 3 && at >= 0 && heading.length() < t.length()) {
        String rest = (t.substring(0, at) + " " + t.substring(at + heading.length())).replaceAll("^[\\s|:·•»–—-]+|[\\s|:·•»–—-]+$", "");
        return Optional.of(new String[] {heading, rest.strip()});
      }
    }
    return Optional.empty();
  }

  /** Puts the kept segments back with the separators the title had between them. */
  private static String rejoin(String title, List<String> kept) {
    int from = title.indexOf(kept.get(0));
    String lastPart = kept.get(kept.size() - 1);
    int to = title.indexOf(lastPart, from) + lastPart.length();
    return from >= 0 && to > from ? title.substring(from, to).strip() : String.join(" ", kept);
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static int words(String s) {
    return Blocks.countWords(s);
  }
}
