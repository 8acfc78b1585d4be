package org.attache.ingest.html;

import java.util.List;

/**
 * The main text of a page as paragraphs in reading order, and the text blocks left out, so that
 * what the extractor dropped can be recorded rather than silently lost.
 */
public record MainText(List<String> paragraphs, List<String> removed) {

  public MainText {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** Returns the paragraphs joined by blank lines, as {@code PlainTextReader} reads text. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
