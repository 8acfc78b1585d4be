package org.attache.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus bundled in the jar (articles written for this project about real diplomatic
 * events), copied to a temporary folder so that it is read exactly like a user's files.
 */
final class DemoCorpus {

  private static final String DIR = "/org/attache/demo/";

  private DemoCorpus() {}

  /** Copies the corpus into {@code dir}; returns the article files, with index.tsv beside them. */
  static List<Path> unpack(Path dir) {
    try {
      String index = read("index.tsv");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("index.tsv"), index, StandardCharsets.UTF_8);
      List<Path> files = new ArrayList<>();
      for (String line : index.split("\n")) {
        String doc = line.split("\t", -1)[0].strip();
        if (doc.isEmpty() || doc.equals("doc")) {
          continue;
        }
        Path f = dir.resolve(doc + ".txt");
        Files.writeString(f, read(doc + ".txt"), StandardCharsets.UTF_8);
        files.add(f);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the demo corpus into " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String read(String name) throws IOException {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("demo corpus file missing from the jar: " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
