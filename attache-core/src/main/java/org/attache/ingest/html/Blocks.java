package org.attache.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into {@link TextBlock}s at block-level elements and line breaks. The walk is
 * iterative (jsoup's traversor), so a page nested a hundred thousand levels deep costs time, not
 * stack.
 */
final class Blocks implements NodeVisitor {

  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
      "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private final List<TextBlock> out = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int words;
  private int linkWords;
  private int commas;
  private int inLink;

  private Blocks(Element root) {
    open.push(root);
  }

  /** Returns the text blocks under {@code root} in document order. */
  static List<TextBlock> of(Element root) {
    Blocks b = new Blocks(root);
    NodeTraversor.traverse(b, root);
    b.flush();
    return b.out;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode) {
      add(((TextNode) node).text());
    } else if (node instanceof Element) {
      Element e = (Element) node;
      if (e.normalName().equals("a")) {
        inLink++;
      } else if (BLOCK_TAGS.contains(e.normalName())) {
        flush();
        if (!e.normalName().equals("br") && !e.normalName().equals("hr")) {
          open.push(e);
        }
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element) {
      Element e = (Element) node;
      if (e.normalName().equals("a")) {
        inLink = Math.max(0, inLink - 1);
      } else if (BLOCK_TAGS.contains(e.normalName()) && !e.normalName().equals("br") && !e.normalName().equals("hr")) {
        flush();
        if (open.size() > 1 && open.peek() == e) {
          open.pop();
        }
      }
    }
  }

  private void add(String s) {
    if (s.isEmpty()) {
      return;
    }
    text.append(s);
    int w = countWords(s);
    words += w;
    linkWords += inLink > 0 ? w : 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      commas += c == ',' || c == '\u060C' || c == '\uFF0C' ? 1 : 0;
    }
  }

  private void flush() {
    String t = text.toString().replaceAll("\\s+", " ").strip();
    if (!t.isEmpty() && words > 0) {
      out.add(new TextBlock(t, open.peek(), words, Math.min(linkWords, words), commas));
    }
    text.setLength(0);
    words = 0;
    linkWords = 0;
    commas = 0;
  }

  /** Returns the words of {@code s}: whitespace-separated tokens with a letter or a digit. */
  static int countWords(String s) {
    int n = 0;
    boolean inToken = false;
    boolean alnum = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        n += inToken && alnum ? 1 : 0;
        inToken = false;
        alnum = false;
      } else {
        inToken = true;
        alnum |= Character.isLetterOrDigit(c);
      }
    }
    return n + (inToken && alnum ? 1 : 0);
  }
}
