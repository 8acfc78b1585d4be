package org.attache.ingest;

import java.util.Optional;
import org.attache.model.FuzzyDate;

/** What a metadata index says about one document: publication date, outlet, URL, title. */
public record ArticleMetadata(Optional<FuzzyDate> published, Optional<String> outlet, Optional<String> url, Optional<String> title) {

  public static ArticleMetadata none() {
    return new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
