package org.attache.ingest.html;

import java.util.Objects;
import java.util.Optional;
import org.attache.model.FuzzyDate;

/**
 * What a page says about its article beside the text: headline, publication date, outlet, author
 * and canonical URL, each absent when the page does not say.
 */
public record PageMetadata(Optional<String> title, Optional<FuzzyDate> published, Optional<String> outlet, Optional<String> author,
    Optional<String> url) {

  public PageMetadata {
    title = Objects.requireNonNullElse(title, Optional.empty());
    published = Objects.requireNonNullElse(published, Optional.empty());
    outlet = Objects.requireNonNullElse(outlet, Optional.empty());
    author = Objects.requireNonNullElse(author, Optional.empty());
    url = Objects.requireNonNullElse(url, Optional.empty());
  }
}
