package org.attache.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the article files to read: files as given, folders walked
 * for {@code .txt} files in name order. A path that does not exist is a usage error naming it.
 */
final class Corpus {

  private Corpus() {}

  static List<Path> files(List<Path> paths) {
    if (paths == null || paths.isEmpty()) {
      throw new UsageException("no input: give one or more files or folders of .txt articles");
    }
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or folder: " + p);
      }
      if (Files.isDirectory(p)) {
        out.addAll(walk(p));
      } else if (!Files.isReadable(p)) {
        throw new UsageException("cannot read file: " + p);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
