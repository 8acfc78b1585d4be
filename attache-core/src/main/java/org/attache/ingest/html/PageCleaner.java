package org.attache.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes from a page body what a reader never reads as the article: scripts and styles, forms'
 * controls, hidden elements, navigation, asides, page-level headers and footers, and elements whose
 * class or id say "menu", "related", "cookie" or the like ({@link ClassHints}). An element that
 * holds most of the page's words is never removed by its name alone: a wrapper called
 * {@code has-sidebar} is still the page. Mutates the page it is given.
 */
final class PageCleaner {

  private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio, "
      + "picture, img, input, select, textarea, button, option, link, meta, figcaption, dialog";

  private static final Set<String> SKIP_ROLES = Set.of("navigation", "search", "dialog", "alertdialog", "banner", "contentinfo",
      "complementary", "menu", "menubar", "toolbar");

  private static final Evaluator ARTICLE = QueryParser.parse("article, main");
  private static final Evaluator LANDMARKS = QueryParser.parse("h1, main, [itemprop=articleBody]");
  private static final int STRONG = 2;
  private static final int WEAK = 1;

  private static final Set<String> SEMANTIC = Set.of("html", "body", "article", "main");

  /** Share of the page's words above which an element is a wrapper, whatever it is called. */
  private static final double WRAPPER_SHARE = 0.6;

  private PageCleaner() {}

  /** Cleans {@code body} in place; returns the texts of the elements removed for their names. */
  static List<String> clean(Element body) {
    body.select(NEVER_TEXT).remove();
    for (Element e : body.getAllElements()) {
      if (e != body && hidden(e)) {
        e.remove();
      }
    }
    List<String> removed = new ArrayList<>();
    int pageWords = Math.max(1, Blocks.countWords(body.text()));
    Set<Element> aroundLandmarks = aroundLandmarks(body);
    Element root = body.root();
    for (Element e : body.select("nav, aside, header, footer, [role], [class], [id]")) {
      int hint = notArticle(e);
      if (hint == 0 || SEMANTIC.contains(e.normalName()) || isArticleBody(e) || aroundLandmarks.contains(e) || e.root() != root) {
        continue;
      }
      String text = e.text();
      if (hint == WEAK && Blocks.countWords(text) > WRAPPER_SHARE * pageWords) {
        continue;
      }
      if (!text.isBlank()) {
        removed.add(text);
      }
      e.remove();
    }
    return removed;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** Returns the elements that hold a landmark of the article, the landmarks included. */
  private static Set<Element> aroundLandmarks(Element body) {
    Set<Element> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element landmark : body.select(LANDMARKS)) {
      for (Element a = landmark; a != null && out.add(a); a = a.parent()) {
        // climbs until an ancestor already recorded: each element is visited once
      }
    }
    return out;
  }

  /** Returns how surely {@code e} is not the article: {@link #STRONG}, {@link #WEAK}, or 0. */
  private static int notArticle(Element e) {
    String tag = e.normalName();
    if (tag.equals("nav") || tag.equals("aside")) {
      return STRONG;
    }
    if ((tag.equals("header") || tag.equals("footer")) && e.closest(ARTICLE) == null) {
      return STRONG;
    }
    if (SKIP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return STRONG;
    }
    int w = ClassHints.weight(e);
    return w <= -2 ? STRONG : w < 0 ? WEAK : 0;
  }

  static boolean isArticleBody(Element e) {
    return e.attr("itemprop").toLowerCase(Locale.ROOT).equals("articlebody") || e.attr("role").equalsIgnoreCase("main");
  }
}
