package org.attache.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.ingest.ArticleSources;

/**
 * Expands the paths a user gives into the inputs to read: files as given (any format: the content
 * decides), folders walked for files of the formats Attaché reads in name order, and {@code -} for
 * standard input. A path that does not exist is a usage error naming it.
 */
final class Corpus {

  /** The path that stands for standard input. */
  static final Path STDIN = Path.of("-");

  private Corpus() {}

  static List<Path> files(List<Path> paths) {
    if (paths == null || paths.isEmpty()) {
      throw new UsageException("no input: give one or more files or folders of articles, or - for standard input");
    }
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (p.equals(STDIN)) {
        out.add(p);
      } else if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      } else if (!Files.isDirectory(p) && !Files.isReadable(p)) {
        throw new UsageException("cannot read file: " + p);
      } else {
        out.addAll(ArticleSources.files(List.of(p)));
      }
    }
    return out;
  }
}
