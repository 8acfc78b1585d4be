package org.attache.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.attache.model.Article;

/**
 * The front door of ingest: reads files, folders and standard input in any mix of the formats
 * Attaché knows, each detected by its content ({@link FormatSniffer}) before its name, and hands
 * on one {@link ReadResult} per document. Every article read is then checked for its language
 * (other languages are skipped with a note) and against the articles before it (copies are linked
 * to their original and skipped). One bad input is a result with problems, never an exception:
 * the batch goes on. Not thread-safe: one per run, since it remembers the articles it has seen.
 */
public final class ArticleSources {

  private final IngestConfig config;
  private final MetadataIndex index;
  private final LanguageGuesser languages;
  private final NearDuplicates duplicates;
  private final PlainTextReader text;
  private final HtmlReader html;
  private final FeedReader feeds;
  private final WarcReader warcs;
  private final JsonLinesReader jsonLines;

  private ArticleSources(IngestConfig config, MetadataIndex index, LanguageGuesser languages) {
    this.config = Objects.requireNonNull(config, "config");
    this.index = Objects.requireNonNull(index, "index");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.duplicates = new NearDuplicates(config.nearDuplicateThreshold());
    this.text = new PlainTextReader(BoilerplateFilter.bundled(), config.maxChars(), index);
    this.html = new HtmlReader(text, config);
    this.feeds = new FeedReader(html, text, config);
    this.warcs = new WarcReader(html, config);
    this.jsonLines = new JsonLinesReader(text, html, config);
  }

  /** Returns the front door for one run; {@code index} overrides what documents say of themselves. */
  public static ArticleSources create(IngestConfig config, MetadataIndex index, LanguageGuesser languages) {
    return new ArticleSources(config, index, languages);
  }

  /** Returns the files to read for {@code paths}: files as given, folders walked for known formats in name order. */
  public static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile).filter(f -> Format.byName(f.getFileName().toString()).isPresent()).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list folder " + p + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Reads every file of {@code paths} (folders expanded) and returns the results in order. */
  public List<ReadResult> readAll(List<Path> paths) {
    List<ReadResult> out = new ArrayList<>();
    for (Path f : files(paths)) {
      read(f, out::add);
    }
    return out;
  }

  /** Reads one file and hands on each of its documents. */
  public void read(Path file, Consumer<ReadResult> sink) {
    String name = file.toString();
    String id = PlainTextReader.idOf(file);
    try (InputStream in = Files.newInputStream(file)) {
      read(new Input(name, id, in, config.maxDocumentBytes()), file.getFileName().toString(), sink);
    } catch (IOException e) {
      sink.accept(ReadResult.failed(id, name, "read", "cannot read " + name + ": " + e.getMessage()));
    }
  }

  /** Reads a stream such as standard input, named {@code name} (e.g. {@code -}) in messages and ids. */
  public void read(String name, InputStream in, Consumer<ReadResult> sink) {
    read(new Input(name, name.equals("-") ? "stdin" : Format.stem(name), in, config.maxDocumentBytes()), name, sink);
  }

  private void read(Input raw, String fileName, Consumer<ReadResult> sink) {
    Consumer<ReadResult> checked = r -> sink.accept(check(r));
    try {
      BufferedInputStream in = new BufferedInputStream(raw.bytes(), 1 << 16);
      in.mark(FormatSniffer.HEAD);
      byte[] head = in.readNBytes(FormatSniffer.HEAD);
      in.reset();
      if (head.length == 0) {
        sink.accept(ReadResult.failed(raw.id(), raw.name(), "read", "empty file: nothing to read"));
        return;
      }
      boolean gzip = FormatSniffer.isGzip(head);
      String innerName = gzip && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? fileName.substring(0, fileName.length() - 3)
          : fileName;
      Optional<Format> format = FormatSniffer.detect(gzip ? FormatSniffer.gunzipHead(head) : head, innerName);
      if (format.isEmpty()) {
        sink.accept(ReadResult.failed(raw.id(), raw.name(), "read", "binary data, not a format Attaché reads "
            + "(plain text, HTML, RSS/Atom, WARC, JSON Lines)"));
        return;
      }
      InputStream body = gzip && format.get() != Format.WARC ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16) : in;
      reader(format.get()).read(new Input(raw.name(), raw.id(), body, raw.maxBytes()), checked);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // the last line of defence: a reader's bug or a damaged stream fails this input, not the run
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      sink.accept(ReadResult.failed(raw.id(), raw.name(), "read", "cannot read " + raw.name() + ": " + why));
    }
  }

  private ArticleReader reader(Format format) {
    switch (format) {
      case HTML:
        return html;
      case FEED:
        return feeds;
      case WARC:
        return warcs;
      case JSON_LINES:
        return jsonLines;
      case PLAIN_TEXT:
      default:
        return text;
    }
  }

  /** Applies the metadata index, then skips other languages and copies. */
  private ReadResult check(ReadResult r) {
    if (r.article().isEmpty()) {
      return r;
    }
    Article a = override(r.article().get());
    ReadResult out = r.withArticle(a);
    if (config.skipOtherLanguages()) {
      Optional<LanguageGuess> g = languages.guess(a.text());
      if (g.isPresent() && !g.get().english()) {
        return out.skipped(new Skip.OtherLanguage(g.get().language(), g.get().confidence()));
      }
    }
    if (config.skipDuplicates()) {
      Optional<Skip.Duplicate> copy = duplicates.check(a.id(), a.text());
      if (copy.isPresent()) {
        return out.skipped(copy.get());
      }
    }
    return out;
  }

  /** Returns the article with the index's date, outlet and URL where the index has them. */
  private Article override(Article a) {
    ArticleMetadata m = index.lookup(a.id());
    if (m.published().isEmpty() && m.outlet().isEmpty() && m.url().isEmpty()) {
      return a;
    }
    return new Article(a.id(), a.title(), a.text(), m.published().or(a::published), m.outlet().or(a::outlet), m.url().or(a::url),
        a.author(), a.removed());
  }
}
