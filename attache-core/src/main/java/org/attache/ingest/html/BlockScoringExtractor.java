package org.attache.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of a page by scoring its text blocks and the elements that hold them:
 *
 * <ol>
 *   <li>clean the body of what is never the article ({@link PageCleaner});
 *   <li>cut it into text blocks ({@link Blocks}) and give every block of running prose a score
 *       for its length, its commas and its text density, less its link density;
 *   <li>credit each block's score to the elements above it, fading with distance, and weigh each
 *       element by its tag ({@code <article>}, {@code <main>}, {@code itemprop=articleBody}), its
 *       class and id hints and its own link density; the best element is the article's container;
 *   <li>take in the container's siblings that score close to it (articles split across divs);
 *   <li>keep the container's blocks, less link lists and link-heavy blocks.
 * </ol>
 *
 * The same idea as Readability's and boilerpipe's, written for news pages; {@code docs/ingest.md}
 * measures it. Immutable and thread-safe; it changes the page it is given.
 */
public final class BlockScoringExtractor implements ContentExtractor {

  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
  private static final double MAX_LIST_LINK_DENSITY = 0.35;
  /** A block that is only a date or a time, as pages print beside a byline. */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile("(?i)^[\\s\\p{Punct}·•|]*"
      + "(?:(?:\\d{1,4}|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*"
      + "|mon\\w*|tue\\w*|wed\\w*|thu\\w*|fri\\w*|sat\\w*|sun\\w*|am|pm|gmt|utc|updated|published|posted|on|at)[\\s\\p{Punct}·•|]*)+$");

  private static final Evaluator LISTS = QueryParser.parse("ul, ol, dl");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd",
      "dt", "td", "th", "figcaption", "summary", "address");

  /** Words and link words under one element. */
  private static final class Counts {
    int words;
    int linkWords;
    double score;

    double linkDensity() {
      return words == 0 ? 0 : linkWords / (double) words;
    }
  }

  @Override
  public MainText extract(Document page) {
    Element body = page.body();
    List<String> removed = new ArrayList<>(PageCleaner.clean(body));
    List<TextBlock> blocks = Blocks.of(body);
    if (blocks.isEmpty()) {
      return new MainText(List.of(), removed);
    }
    Map<Element, Counts> counts = count(blocks);
    Element best = best(counts, body);
    List<Element> region = region(best, counts);
    List<String> kept = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (inside(b.owner(), region) && keep(b, counts)) {
        kept.add(b.text());
      } else {
        removed.add(b.text());
      }
    }
    return new MainText(kept, removed);
  }

  private static Map<Element, Counts> count(List<TextBlock> blocks) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    for (TextBlock b : blocks) {
      double score = score(b);
      int level = 0;
      Element e = PARAGRAPH_TAGS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
      for (Element a = b.owner(); a != null; a = a.parent()) {
        Counts c = counts.computeIfAbsent(a, k -> new Counts());
        c.words += b.words();
        c.linkWords += b.linkWords();
      }
      for (; e != null && level < ANCESTOR_LEVELS; e = e.parent(), level++) {
        counts.get(e).score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      }
    }
    return counts;
  }

  /** Returns a block's worth as article prose: 0 for short or link-made blocks. */
  private static double score(TextBlock b) {
    if (b.text().length() < MIN_PARAGRAPH_CHARS || b.heading()) {
      return 0;
    }
    double s = 1 + b.commas() + Math.min(b.text().length() / 100, 3) + Math.min(b.textDensity() / 4, 2);
    return s * (1 - b.linkDensity());
  }

  private static Element best(Map<Element, Counts> counts, Element body) {
    Element best = body;
    double top = 0;
    for (Map.Entry<Element, Counts> en : counts.entrySet()) {
      double s = weighted(en.getKey(), en.getValue());
      if (s > top) {
        top = s;
        best = en.getKey();
      }
    }
    return best;
  }

  private static double weighted(Element e, Counts c) {
    if (c.score == 0) {
      return 0;
    }
    double s = c.score + tagWeight(e) + 25 * Math.max(-1, ClassHints.weight(e));
    return s * (1 - c.linkDensity());
  }

  private static double tagWeight(Element e) {
    if (PageCleaner.isArticleBody(e)) {
      return 25;
    }
    switch (e.normalName()) {
      case "article":
        return 15;
      case "main":
      case "div":
      case "section":
        return 5;
      case "pre":
      case "td":
      case "blockquote":
        return 3;
      case "form":
      case "ol":
      case "ul":
      case "dl":
      case "li":
        return -3;
      case "body":
        return -5;
      default:
        return 0;
    }
  }

  /** Returns the container and those of its siblings that look like more of the same article. */
  private static List<Element> region(Element best, Map<Element, Counts> counts) {
    List<Element> region = new ArrayList<>();
    if (best.parent() == null) {
      region.add(best);
      return region;
    }
    double top = weighted(best, counts.get(best));
    double bar = Math.max(10, top * 0.2);
    for (Element sibling : best.parent().children()) {
      Counts c = counts.get(sibling);
      if (sibling == best) {
        region.add(sibling);
      } else if (c != null && ClassHints.weight(sibling) >= 0 && (weighted(sibling, c) >= bar || prose(sibling, c))) {
        region.add(sibling);
      }
    }
    return region;
  }

  private static boolean prose(Element e, Counts c) {
    return e.normalName().equals("p") && c.linkDensity() < 0.25 && (c.words >= 15 || e.text().matches(".*[.!?\"”]$"));
  }

  private static boolean inside(Element e, List<Element> region) {
    for (Element a = e; a != null; a = a.parent()) {
      for (Element r : region) {
        if (a == r) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean keep(TextBlock b, Map<Element, Counts> counts) {
    if (b.linkDensity() > MAX_BLOCK_LINK_DENSITY || DATELINE.matcher(b.text()).matches()) {
      return false;
    }
    Element list = b.owner().closest(LISTS);
    return list == null || counts.get(list).linkDensity() <= MAX_LIST_LINK_DENSITY;
  }
}
