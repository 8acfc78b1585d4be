package org.attache.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.attache.ingest.html.BlockScoringExtractor;
import org.attache.ingest.html.ContentExtractor;
import org.attache.ingest.html.MainText;
import org.attache.ingest.html.MetadataReader;
import org.attache.ingest.html.PageMetadata;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.attache.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads one HTML page (a saved file, a WARC response, a feed item's HTML) into an article: the
 * page's metadata ({@link MetadataReader}), its main text ({@link ContentExtractor}), then the
 * same cleaning as plain text ({@link PlainTextReader#parse}: headline once, boilerplate cues,
 * removed parts recorded). The charset is the one the caller knows, else the page's BOM or meta
 * tag, else UTF-8. Elements deeper than the configured depth are flattened by the parser.
 * Thread-safe when its extractor supplier gives a fresh or thread-safe extractor.
 */
public final class HtmlReader implements ArticleReader {

  private static final double MAX_REPLACEMENT_SHARE = 0.05;
  /** Characters kept of one removed part: enough to see what it was, not a copy of a comments section. */
  private static final int MAX_REMOVED_CHARS = 300;

  private final PlainTextReader text;
  private final IngestConfig config;
  private final Supplier<ContentExtractor> extractors;

  public HtmlReader(PlainTextReader text, IngestConfig config) {
    this(text, config, BlockScoringExtractor::new);
  }

  public HtmlReader(PlainTextReader text, IngestConfig config, Supplier<ContentExtractor> extractors) {
    this.text = Objects.requireNonNull(text, "text");
    this.config = Objects.requireNonNull(config, "config");
    this.extractors = Objects.requireNonNull(extractors, "extractors");
  }

  @Override
  public void read(Input input, Consumer<ReadResult> sink) throws IOException {
    Input.Bounded bytes = input.readBounded();
    List<Problem> problems = new ArrayList<>();
    if (bytes.cut()) {
      problems.add(TextDecoding.cut(input.id(), input.maxBytes()));
    }
    sink.accept(page(input.id(), input.name(), bytes.data(), Optional.empty(), Optional.empty(), Optional.empty(), problems));
  }

  /**
   * Reads a whole page. {@code address} is where it was fetched; {@code fallbackDate} dates it when
   * the page itself does not (a WARC record's date).
   */
  ReadResult page(String id, String source, byte[] bytes, Optional<String> charset, Optional<String> address,
      Optional<FuzzyDate> fallbackDate, List<Problem> problems) {
    if (bytes.length == 0) {
      return withProblems(ReadResult.failed(id, source, "read", "empty document: no HTML to read"), problems);
    }
    Document page = parse(bytes, charset.orElse(null), address.orElse(""));
    PageMetadata meta = MetadataReader.read(page, address);
    ArticleMetadata known = new ArticleMetadata(meta.published().or(() -> fallbackDate), meta.outlet(), meta.url().or(() -> address),
        meta.title());
    return article(id, source, page, known, meta.author(), problems);
  }

  /** Reads an HTML fragment (a feed item's content) whose metadata the container gave. */
  ReadResult fragment(String id, String source, String html, ArticleMetadata known, Optional<String> author, List<Problem> problems) {
    Parser parser = Parser.htmlParser().setMaxDepth(config.maxNestingDepth());
    Document page = Jsoup.parse(html, known.url().orElse(""), parser);
    return article(id, source, page, known, author, problems);
  }

  private Document parse(byte[] bytes, String charset, String baseUri) {
    try {
      Parser parser = Parser.htmlParser().setMaxDepth(config.maxNestingDepth());
      return Jsoup.parse(new ByteArrayInputStream(bytes), charset, baseUri, parser);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes already in memory failed: " + e.getMessage(), e);
    }
  }

  private ReadResult article(String id, String source, Document page, ArticleMetadata known, Optional<String> author,
      List<Problem> problems) {
    MainText main = extractors.get().extract(page);
    if (main.paragraphs().isEmpty()) {
      return withProblems(ReadResult.failed(id, source, "read", "no article text found in the page"), problems);
    }
    String body = main.text();
    if (replacementShare(body) > MAX_REPLACEMENT_SHARE) {
      return withProblems(ReadResult.failed(id, source, "read", "not readable text: too many undecodable characters"), problems);
    }
    List<Problem> all = new ArrayList<>(problems);
    if (body.indexOf('\uFFFD') >= 0) {
      all.add(new Problem(id, "read", "not valid in its charset; decoded with replacement characters"));
    }
    PlainTextReader.Result r = text.parse(id, body, known);
    all.addAll(r.problems());
    Article a = r.article();
    List<String> removed = new ArrayList<>(main.removed());
    removed.addAll(a.removed());
    List<String> bounded = removed.stream().limit(config.maxRemovedParts())
        .map(p -> p.length() > MAX_REMOVED_CHARS ? p.substring(0, MAX_REMOVED_CHARS - 1) + "…" : p).toList();
    Article out = new Article(a.id(), a.title(), a.text(), a.published(), a.outlet(), a.url(), author, bounded);
    return ReadResult.of(out, source, all);
  }

  private static double replacementShare(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    long bad = s.chars().filter(c -> c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\t')).count();
    return bad / (double) s.length();
  }

  private static ReadResult withProblems(ReadResult failed, List<Problem> earlier) {
    List<Problem> all = new ArrayList<>(earlier);
    all.addAll(failed.problems());
    return new ReadResult(failed.document(), failed.source(), failed.article(), failed.skip(), all);
  }
}
