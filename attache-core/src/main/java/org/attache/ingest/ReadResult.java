package org.attache.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.Problem;

/**
 * What reading one document gave: the article to extract, or why there is none (a skip, or the
 * problems that stopped it), plus the problems met on the way. One bad document is one result
 * with problems; it never stops the batch.
 *
 * @param document the document id (file name, item URL, or {@code file#n})
 * @param source where it came from, for messages: the path as given, with {@code #n} for the n-th
 *     record of a container
 */
public record ReadResult(String document, String source, Optional<Article> article, Optional<Skip> skip, List<Problem> problems) {

  public ReadResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    article = Objects.requireNonNullElse(article, Optional.empty());
    skip = Objects.requireNonNullElse(skip, Optional.empty());
    problems = List.copyOf(problems);
    if (article.isPresent() && skip.isPresent()) {
      throw new IllegalArgumentException("a skipped document carries no article: " + document + " (" + skip.get().note() + ")");
    }
  }

  /** Returns a result for an article read, with the problems met on the way. */
  public static ReadResult of(Article article, String source, List<Problem> problems) {
    return new ReadResult(article.id(), source, Optional.of(article), Optional.empty(), problems);
  }

  /** Returns a result for a document that could not be read, with the one problem that says why. */
  public static ReadResult failed(String document, String source, String stage, String message) {
    return new ReadResult(document, source, Optional.empty(), Optional.empty(), List.of(new Problem(document, stage, message)));
  }

  /** Returns this result with its article skipped for {@code why}. */
  public ReadResult skipped(Skip why) {
    return new ReadResult(document, source, Optional.empty(), Optional.of(why), problems);
  }

  /** Returns this result with its article replaced, as metadata overrides do. */
  public ReadResult withArticle(Article replacement) {
    return new ReadResult(document, source, Optional.of(replacement), skip, problems);
  }
}
