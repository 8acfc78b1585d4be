package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.model.Article;
import org.attache.model.Problem;

/**
 * Reads one plain-text article as the seeds and most scrapers write it: headline on the first line
 * (after the outlet's name, when the page starts with it), body in paragraphs. The headline
 * repeated at the top of the body is kept once; boilerplate paragraphs go, and are recorded in
 * {@link Article#removed()}. Invalid UTF-8 is decoded with replacement characters and reported; a
 * text longer than the limit is cut and reported. The article's text is the headline, a blank line
 * and the kept paragraphs: every offset points into it. The HTML, feed and WARC readers hand the
 * text they extract to {@link #parse} too, so every format is cleaned the same way. Immutable and
 * thread-safe.
 */
public final class PlainTextReader implements ArticleReader {

  /** An article read, and what went wrong on the way without stopping it. */
  public record Result(Article article, List<Problem> problems) {}

  private final BoilerplateFilter boilerplate;
  private final int maxChars;
  private final MetadataIndex index;

  public PlainTextReader(BoilerplateFilter boilerplate, int maxChars) {
    this(boilerplate, maxChars, MetadataIndex.empty());
  }

  /** Returns a reader whose articles take their date, outlet, URL and title from {@code index}. */
  public PlainTextReader(BoilerplateFilter boilerplate, int maxChars, MetadataIndex index) {
    this.boilerplate = java.util.Objects.requireNonNull(boilerplate, "boilerplate");
    if (maxChars < 1000) {
      throw new IllegalArgumentException("maxChars must be >= 1000: " + maxChars);
    }
    this.maxChars = maxChars;
    this.index = java.util.Objects.requireNonNull(index, "index");
  }

  public Result read(Path file, ArticleMetadata meta) throws IOException {
    String id = idOf(file);
    List<Problem> problems = new ArrayList<>();
    long limit = 4L * maxChars;
    Input.Bounded bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = Input.readAtMost(in, limit);
    }
    if (bytes.cut()) {
      problems.add(TextDecoding.cut(id, limit));
    }
    String raw = TextDecoding.utf8(bytes.data(), id, problems);
    return new Result(parse(id, raw, meta, problems), problems);
  }

  @Override
  public void read(Input input, Consumer<ReadResult> sink) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Input.Bounded bytes = input.readBounded();
    if (bytes.cut()) {
      problems.add(TextDecoding.cut(input.id(), input.maxBytes()));
    }
    String raw = TextDecoding.utf8(bytes.data(), input.id(), problems);
    if (raw.isBlank()) {
      sink.accept(ReadResult.failed(input.id(), input.name(), "read", "empty document: no text to read"));
      return;
    }
    Article a = parse(input.id(), raw, index.lookup(input.id()), problems);
    sink.accept(ReadResult.of(a, input.name(), problems));
  }

  /** Returns the document id of a single-article file: its name without the extension. */
  public static String idOf(Path file) {
    return Format.stem(file.getFileName().toString());
  }

  public Result parse(String id, String raw, ArticleMetadata meta) {
    List<Problem> problems = new ArrayList<>();
    return new Result(parse(id, raw, meta, problems), problems);
  }

  private Article parse(String id, String raw, ArticleMetadata meta, List<Problem> problems) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    if (text.length() > maxChars) {
      problems.add(new Problem(id, "read", "text of " + text.length() + " characters cut to the limit of " + maxChars));
      text = text.substring(0, maxChars);
    }
    List<String> paragraphs = Paragraphs.split(Spacing.repair(text));
    if (!paragraphs.isEmpty() && meta.outlet().isPresent() && same(paragraphs.get(0), meta.outlet().get())) {
      paragraphs.remove(0);
    }
    String title = meta.title().orElse(paragraphs.isEmpty() ? "" : paragraphs.get(0).strip());
    if (!paragraphs.isEmpty() && same(paragraphs.get(0), title)) {
      paragraphs.remove(0);
    }
    while (!paragraphs.isEmpty() && same(paragraphs.get(0), title)) {
      paragraphs.remove(0);
    }
    BoilerplateFilter.Result kept = boilerplate.filter(paragraphs);
    List<String> body = new ArrayList<>(kept.kept());
    List<String> removed = new ArrayList<>(kept.removed());
    meta.outlet().ifPresent(o -> body.removeIf(p -> same(p, o) && removed.add(p.strip())));
    String full = title.isEmpty() ? String.join("\n\n", body) : title + "\n\n" + String.join("\n\n", body);
    return new Article(id, title, full, meta.published(), meta.outlet(), meta.url(), Optional.empty(), removed);
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
