package org.attache.ingest.html;

import org.jsoup.nodes.Document;

/**
 * Finds the main text of a web page: the article, without menus, banners, related-article boxes
 * and footers. Implementations may change the document they are given.
 */
@FunctionalInterface
public interface ContentExtractor {

  /** Returns the main text of {@code page}; no paragraphs when the page holds no article. */
  MainText extract(Document page);
}
