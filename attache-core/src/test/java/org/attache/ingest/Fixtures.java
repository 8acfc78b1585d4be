package org.attache.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test inputs: bundled fixture files and inputs built from strings, read through one reader. */
final class Fixtures {

  static final IngestConfig CONFIG = IngestConfig.defaults();
  static final PlainTextReader TEXT = new PlainTextReader(BoilerplateFilter.bundled(), CONFIG.maxChars());
  static final HtmlReader HTML = new HtmlReader(TEXT, CONFIG);

  private Fixtures() {}

  static byte[] resource(String path) {
    return org.attache.ingest.html.SavedPages.resource(path);
  }

  static Input input(String name, byte[] bytes) {
    return new Input(name, Format.stem(name), new ByteArrayInputStream(bytes), CONFIG.maxDocumentBytes());
  }

  static Input input(String name, String text) {
    return input(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static List<ReadResult> read(ArticleReader reader, Input input) {
    List<ReadResult> out = new ArrayList<>();
    try {
      reader.read(input, out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
