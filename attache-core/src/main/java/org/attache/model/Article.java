package org.attache.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article after ingest: its cleaned body text (the text every offset points into), its
 * headline and what is known of where and when it was published. {@code removed} records the
 * boilerplate taken out of the raw input so that nothing silently disappears.
 */
public record Article(
    String id,
    String title,
    String text,
    Optional<FuzzyDate> published,
    Optional<String> outlet,
    Optional<String> url,
    Optional<String> author,
    List<String> removed) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    published = Objects.requireNonNullElse(published, Optional.empty());
    outlet = Objects.requireNonNullElse(outlet, Optional.empty());
    url = Objects.requireNonNullElse(url, Optional.empty());
    author = Objects.requireNonNullElse(author, Optional.empty());
    removed = List.copyOf(removed == null ? List.of() : removed);
  }

  /** Returns an article with only an id, a title and text, as tests and stdin give them. */
  public static Article of(String id, String title, String text) {
    return new Article(id, title, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  public Article withPublished(FuzzyDate date) {
    return new Article(id, title, text, Optional.ofNullable(date), outlet, url, author, removed);
  }

  public Article withOutlet(String name) {
    return new Article(id, title, text, published, Optional.ofNullable(name), url, author, removed);
  }
}
