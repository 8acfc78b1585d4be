package org.attache.ingest.html;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * One run of text between two block-level boundaries of a page, as a reader sees a paragraph, a
 * list item, a heading or a menu entry, with the counts the extractor scores it by.
 *
 * @param owner the nearest block-level element around the text
 * @param words words of the block (tokens with a letter or digit)
 * @param linkWords words of the block inside links
 */
record TextBlock(String text, Element owner, int words, int linkWords, int commas) {

  /** Characters per line when a block is wrapped, for text density as boilerplate detectors count it. */
  private static final int LINE = 80;

  TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
    if (linkWords > words) {
      throw new IllegalArgumentException("linkWords=" + linkWords + " > words=" + words);
    }
  }

  /** Returns the share of the block's words that are link text, 0 for a block without words. */
  double linkDensity() {
    return words == 0 ? 0 : linkWords / (double) words;
  }

  /** Returns words per wrapped line: high for running prose, low for menus, bylines and labels. */
  double textDensity() {
    int lines = Math.max(1, (text.length() + LINE - 1) / LINE);
    return words / (double) lines;
  }

  boolean heading() {
    return owner.normalName().length() == 2 && owner.normalName().charAt(0) == 'h' && Character.isDigit(owner.normalName().charAt(1));
  }
}
