package org.attache.ingest;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads the articles of one input in one format: one for a page or a text file, many for a feed,
 * an archive or a JSON Lines file. Each article, or each document that failed, is handed to
 * {@code sink} as soon as it is read, so that a 10 GB archive is never held in memory. A problem
 * with one record is a {@link ReadResult} with problems; an {@link IOException} means the input
 * itself could not be read on (the records handed on before it stand).
 */
@FunctionalInterface
public interface ArticleReader {

  /** Reads every article of {@code input} in order and hands each on to {@code sink}. */
  void read(Input input, Consumer<ReadResult> sink) throws IOException;
}
