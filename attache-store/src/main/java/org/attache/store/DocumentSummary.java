package org.attache.store;

import java.util.Optional;

/** One stored article as a list shows it: id, headline, when and where it was published, its size and how many facts it holds. */
public record DocumentSummary(String doc, String title, Optional<String> published, Optional<String> outlet, Optional<String> url,
                              Optional<String> author, int chars, int actors, int quotes, int events) {}
