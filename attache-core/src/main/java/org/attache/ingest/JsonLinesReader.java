package org.attache.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.attache.model.FuzzyDate;
import org.attache.model.Problem;

/**
 * Reads JSON Lines, one article an object: {@code {"id","url","title","published","outlet",
 * "author","text"}}, where {@code text} is plain text cleaned as {@link PlainTextReader} cleans it;
 * an object with {@code html} in place of {@code text} is read as a page. The id is {@code id},
 * else {@code url}, else {@code file#line}. A line that is not such an object is a problem of its
 * own; the lines after it are read. Thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DAY_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:$|[T ].*)");

  private final PlainTextReader text;
  private final HtmlReader html;
  private final IngestConfig config;

  public JsonLinesReader(PlainTextReader text, HtmlReader html, IngestConfig config) {
    this.text = Objects.requireNonNull(text, "text");
    this.html = Objects.requireNonNull(html, "html");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void read(Input input, Consumer<ReadResult> sink) throws IOException {
    BoundedLines lines = new BoundedLines(input.bytes(), config.maxDocumentBytes());
    int records = 0;
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      String id = input.recordId(line.number());
      String source = input.recordName(line.number());
      if (line.tooLong()) {
        sink.accept(ReadResult.failed(id, source, "read", "line longer than the limit of " + config.maxDocumentBytes() + " bytes; skipped"));
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      String s = TextDecoding.utf8(line.bytes(), id, problems);
      if (s.isBlank()) {
        continue;
      }
      if (++records > config.maxRecordsPerFile()) {
        sink.accept(ReadResult.failed(input.id(), input.name(), "read", "more than " + config.maxRecordsPerFile()
            + " records; the rest were not read"));
        return;
      }
      sink.accept(record(s, id, source, problems));
    }
  }

  private ReadResult record(String line, String fallbackId, String source, List<Problem> problems) {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JacksonException e) {
      return ReadResult.failed(fallbackId, source, "read", "not a JSON object: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      return ReadResult.failed(fallbackId, source, "read", "not a JSON object");
    }
    Optional<String> url = field(o, "url");
    String id = field(o, "id").or(() -> url).orElse(fallbackId);
    Optional<FuzzyDate> published;
    try {
      published = field(o, "published").map(JsonLinesReader::date);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(id, "read", "published: " + e.getMessage() + "; left undated"));
      published = Optional.empty();
    }
    ArticleMetadata known = new ArticleMetadata(published, field(o, "outlet"), url, field(o, "title"));
    Optional<String> body = field(o, "text");
    Optional<String> page = field(o, "html");
    if (body.isEmpty() && page.isPresent()) {
      return html.fragment(id, source, page.get(), known, field(o, "author"), problems);
    }
    if (body.isEmpty()) {
      return ReadResult.failed(id, source, "read", "record has no text");
    }
    PlainTextReader.Result r = text.parse(id, body.get(), known);
    problems.addAll(r.problems());
    var a = r.article();
    return ReadResult.of(new org.attache.model.Article(a.id(), a.title(), a.text(), a.published(), a.outlet(), a.url(), field(o, "author"),
        a.removed()), source, problems);
  }

  private static FuzzyDate date(String s) {
    return FuzzyDate.parse(DAY_PREFIX.matcher(s).matches() ? s.substring(0, 10) : s);
  }

  private static Optional<String> field(JsonNode o, String name) {
    JsonNode v = o.get(name);
    return v == null || !v.isValueNode() || v.isNull() ? Optional.empty() : Optional.of(v.asText()).filter(s -> !s.isBlank());
  }
}
