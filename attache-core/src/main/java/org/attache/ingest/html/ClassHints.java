package org.attache.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class and id names of an element hint about it, in the vocabulary page templates
 * share ({@code article-body}, {@code related-links}, {@code cookie-banner}): not site names, but
 * the words every CMS uses. Names are cut into tokens at spaces, hyphens, underscores and case
 * changes, so {@code has-sidebar} hints "sidebar" and {@code leaderboard} hints nothing.
 */
final class ClassHints {

  /** Parts that are never the article, whatever else the name says. */
  private static final Set<String> STRONG = Set.of("comment", "comments", "disqus", "related", "recommended", "recommendations",
      "share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
      "sidebar", "promo", "promoted", "advert", "advertisement", "ads", "ad", "sponsor", "sponsored", "breadcrumb", "breadcrumbs",
      "menu", "nav", "navbar", "navigation", "popup", "modal", "overlay", "paywall", "outbrain", "taboola", "trending", "popular",
      "most", "widget", "skip", "pullquote");

  /** Parts that usually are not the article, unless the name also says it is. */
  private static final Set<String> WEAK = Set.of("meta", "footer", "footnote", "header", "masthead", "banner", "byline", "author",
      "dateline", "timestamp", "date", "caption", "credit", "tags", "tag", "topics", "pagination", "pager", "print", "toolbar",
      "tools", "utility", "hidden", "teaser", "more", "extra", "aside", "bio");

  private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "post", "story", "text", "blog",
      "prose", "copy", "articlebody", "storybody");

  private static final Pattern SPLIT = Pattern.compile("[\\s_\\-:]+|(?<=[a-z])(?=[A-Z])");

  private ClassHints() {}

  /** Returns +1 for names that say "article", -1 for names that say "not the article", else 0. */
  static int weight(Element e) {
    boolean positive = false;
    boolean weak = false;
    for (String t : tokens(e)) {
      if (STRONG.contains(t)) {
        return -2;
      }
      positive |= POSITIVE.contains(t);
      weak |= WEAK.contains(t);
    }
    if (weak && !positive) {
      return -1;
    }
    return positive ? 1 : 0;
  }

  private static String[] tokens(Element e) {
    String names = (e.className() + " " + e.id()).strip();
    if (names.isEmpty()) {
      return new String[0];
    }
    return SPLIT.split(names).length == 0 ? new String[0]
        : java.util.Arrays.stream(SPLIT.split(names)).map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }
}
