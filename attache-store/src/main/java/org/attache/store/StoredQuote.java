package org.attache.store;

import java.util.List;
import java.util.Optional;

/** One quote as the store keeps it, with where and when it was published and whom it is about. */
public record StoredQuote(String doc, Optional<String> published, Optional<String> outlet, Optional<String> speaker, String kind, String text,
                          List<String> about) {

  public StoredQuote {
    about = List.copyOf(about);
  }
}
