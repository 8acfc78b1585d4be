package org.attache.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.Problem;

/**
 * Reads one plain-text article as the seeds and most scrapers write it: headline on the first line
 * (after the outlet's name, when the page starts with it), body in paragraphs. The headline
 * repeated at the top of the body is kept once; boilerplate paragraphs go, and are recorded in
 * {@link Article#removed()}. Invalid UTF-8 is decoded with replacement characters and reported; a
 * text longer than the limit is cut and reported. The article's text is the headline, a blank line
 * and the kept paragraphs: every offset points into it.
 */
public final class PlainTextReader {

  /** An article read, and what went wrong on the way without stopping it. */
  public record Result(Article article, List<Problem> problems) {}

  private final BoilerplateFilter boilerplate;
  private final int maxChars;

  public PlainTextReader(BoilerplateFilter boilerplate, int maxChars) {
    this.boilerplate = boilerplate;
    if (maxChars < 1000) {
      throw new IllegalArgumentException("maxChars must be >= 1000: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  public Result read(Path file, ArticleMetadata meta) throws IOException {
    String id = idOf(file);
    List<Problem> problems = new ArrayList<>();
    String raw = decode(Files.readAllBytes(file), id, problems);
    return new Result(parse(id, raw, meta, problems), problems);
  }

  /** Returns the document id of a single-article file: its name without the extension. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
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

  private static String decode(byte[] bytes, String id, List<Problem> problems) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(id, "read", "not valid UTF-8; decoded with replacement characters"));
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
