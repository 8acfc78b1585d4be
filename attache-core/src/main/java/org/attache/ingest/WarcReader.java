package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.model.FuzzyDate;
import org.attache.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file, plain or gzipped, with jwarc: each successful HTML response (and each HTML
 * resource record) is an article, named by its target URL, read as a page by {@link HtmlReader}
 * with the HTTP charset, and dated by the page or else by the record's WARC-Date (in UTC).
 * Requests, metadata, redirects and non-HTML payloads are passed over. A truncated or corrupt
 * archive keeps the articles read before the damage and reports where it stopped. Thread-safe.
 */
public final class WarcReader implements ArticleReader {

  private final HtmlReader html;
  private final IngestConfig config;

  public WarcReader(HtmlReader html, IngestConfig config) {
    this.html = Objects.requireNonNull(html, "html");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void read(Input input, Consumer<ReadResult> sink) throws IOException {
    int n = 0;
    int articles = 0;
    try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(input.bytes())) {
      warc.setLenient(true);
      for (Optional<WarcRecord> next = warc.next(); next.isPresent(); next = warc.next()) {
        n++;
        if (n > config.maxRecordsPerFile()) {
          sink.accept(ReadResult.failed(input.id(), input.name(), "read", "archive has more than " + config.maxRecordsPerFile()
              + " records; the rest were not read"));
          return;
        }
        Optional<ReadResult> r = guarded(next.get(), input, n);
        if (r.isPresent()) {
          articles++;
          sink.accept(r.get());
        }
      }
    } catch (IOException | RuntimeException e) {
      // jwarc reports damage as IOException or ParsingException (unchecked) from next()
      sink.accept(ReadResult.failed(input.id(), input.name(), "read", "archive truncated or corrupt after record " + n + " ("
          + articles + " articles read before it): " + oneLine(e)));
      return;
    }
    if (n == 0) {
      sink.accept(ReadResult.failed(input.id(), input.name(), "read", "no WARC records found"));
    }
  }

  /**
   * Reads one record; damage confined to its headers, its HTTP block or its page (a bad WARC-Date,
   * a garbled status line) fails that record alone.
   */
  private Optional<ReadResult> guarded(WarcRecord record, Input input, int n) throws IOException {
    try {
      return record(record, input, n);
    } catch (RuntimeException e) {
      return Optional.of(ReadResult.failed(input.recordId(n), input.recordName(n), "read", "unreadable record: " + oneLine(e)));
    }
  }

  private Optional<ReadResult> record(WarcRecord record, Input input, int n) throws IOException {
    MediaType type;
    MessageBody body;
    String target;
    if (record instanceof WarcResponse) {
      WarcResponse response = (WarcResponse) record;
      if (!response.contentType().subtype().equalsIgnoreCase("http")) {
        return Optional.empty();
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        return Optional.empty();
      }
      type = http.contentType();
      body = http.bodyDecoded();
      target = response.target();
    } else if (record instanceof WarcResource) {
      WarcResource resource = (WarcResource) record;
      type = resource.contentType();
      body = resource.body();
      target = resource.target();
    } else {
      return Optional.empty();
    }
    if (!isHtml(type)) {
      return Optional.empty();
    }
    String id = target == null || target.isBlank() ? input.recordId(n) : target;
    List<Problem> problems = new ArrayList<>();
    Input.Bounded bytes;
    try (InputStream in = body.stream()) {
      bytes = Input.readAtMost(in, config.maxDocumentBytes());
    }
    if (bytes.cut()) {
      problems.add(TextDecoding.cut(id, config.maxDocumentBytes()));
    }
    Optional<String> charset = Optional.ofNullable(type.parameters().get("charset")).filter(WarcReader::supported);
    Optional<FuzzyDate> warcDate = Optional.ofNullable(record.date()).map(d -> new FuzzyDate.Day(d.atOffset(ZoneOffset.UTC).toLocalDate()));
    Optional<String> address = Optional.ofNullable(target).filter(t -> !t.isBlank());
    return Optional.of(html.page(id, input.recordName(n), bytes.data(), charset, address, warcDate, problems));
  }

  private static boolean supported(String charset) {
    try {
      return java.nio.charset.Charset.isSupported(charset);
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return false;
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
