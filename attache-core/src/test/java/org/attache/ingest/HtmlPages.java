package org.attache.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.ingest.html.ContentExtractor;
import org.attache.model.Article;

/** Reads a saved page through {@link HtmlReader} with a chosen extractor, for tests in other packages. */
public final class HtmlPages {

  private HtmlPages() {}

  public static Optional<Article> read(PlainTextReader text, IngestConfig config, Supplier<ContentExtractor> extractor, String id,
      byte[] html) {
    return new HtmlReader(text, config, extractor).page(id, id, html, Optional.empty(), Optional.empty(), Optional.empty(), List.of())
        .article();
  }
}
