package org.attache.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.attache.model.FuzzyDate;
import org.attache.model.Problem;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item is an article, dated by its
 * publication (else update) date taken in UTC, named by its link, with the feed's title as outlet.
 * The item's HTML is cleaned like a page ({@link HtmlReader}). The XML is parsed with DOCTYPEs
 * refused: the declaration is cut out before parsing, so a feed with an external entity reads no
 * local file and a feed with an entity bomb expands nothing; both fail as malformed instead.
 * Thread-safe.
 */
public final class FeedReader implements ArticleReader {

  private static final Pattern DOCTYPE = Pattern.compile("(?is)<!DOCTYPE(?:[^\\[>]*\\[.*?\\]\\s*>|[^>]*>)");

  private final HtmlReader html;
  private final PlainTextReader text;
  private final IngestConfig config;

  public FeedReader(HtmlReader html, PlainTextReader text, IngestConfig config) {
    this.html = Objects.requireNonNull(html, "html");
    this.text = Objects.requireNonNull(text, "text");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void read(Input input, Consumer<ReadResult> sink) throws IOException {
    Input.Bounded bytes = Input.readAtMost(input.bytes(), config.maxFeedBytes());
    if (bytes.cut()) {
      sink.accept(ReadResult.failed(input.id(), input.name(), "read", "feed longer than the limit of " + config.maxFeedBytes()
          + " bytes; not read"));
      return;
    }
    SyndFeed feed;
    try {
      feed = parse(bytes.data());
    } catch (FeedException | IllegalArgumentException | IOException e) {
      sink.accept(ReadResult.failed(input.id(), input.name(), "read", "not a readable RSS or Atom feed: " + oneLine(e.getMessage())));
      return;
    }
    Optional<String> outlet = Optional.ofNullable(feed.getTitle()).map(FeedReader::plain).filter(s -> !s.isBlank());
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      if (i == config.maxRecordsPerFile()) {
        sink.accept(ReadResult.failed(input.id(), input.name(), "read", "feed has " + entries.size() + " items; only the first "
            + config.maxRecordsPerFile() + " were read"));
        return;
      }
      sink.accept(guarded(entries.get(i), outlet, input, i + 1));
    }
  }

  private SyndFeed parse(byte[] bytes) throws IOException, FeedException {
    String xml;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = reader.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      xml = sb.toString();
    }
    SyndFeedInput in = new SyndFeedInput();
    in.setAllowDoctypes(false);
    return in.build(new StringReader(DOCTYPE.matcher(xml).replaceFirst("")));
  }

  /** Reads one item; an item Rome could parse but we cannot read fails alone, not the feed. */
  private ReadResult guarded(SyndEntry e, Optional<String> outlet, Input input, int n) {
    try {
      return item(e, outlet, input, n);
    } catch (RuntimeException ex) {
      return ReadResult.failed(input.recordId(n), input.recordName(n), "read", "unreadable feed item: " + oneLine(ex.getMessage()));
    }
  }

  private ReadResult item(SyndEntry e, Optional<String> outlet, Input input, int n) {
    Optional<String> link = Optional.ofNullable(e.getLink()).or(() -> Optional.ofNullable(e.getUri())).map(String::strip)
        .filter(FeedReader::web);
    String id = link.orElse(input.recordId(n));
    String source = input.recordName(n);
    Optional<String> title = Optional.ofNullable(e.getTitle()).map(FeedReader::plain).filter(s -> !s.isBlank());
    Optional<FuzzyDate> date = Optional.ofNullable(e.getPublishedDate()).or(() -> Optional.ofNullable(e.getUpdatedDate()))
        .map(FeedReader::day);
    ArticleMetadata known = new ArticleMetadata(date, outlet, link, title);
    Optional<String> author = author(e);
    Optional<SyndContent> content = body(e);
    if (content.isEmpty() || content.get().getValue().isBlank()) {
      return ReadResult.failed(id, source, "read", "feed item has no text (neither content nor description)");
    }
    String value = content.get().getValue();
    if (value.length() > config.maxChars() * 4L) {
      return ReadResult.failed(id, source, "read", "feed item longer than " + (config.maxChars() * 4L) + " characters; not read");
    }
    List<Problem> problems = new ArrayList<>();
    String type = Optional.ofNullable(content.get().getType()).orElse("html").toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      PlainTextReader.Result r = text.parse(id, value, known);
      problems.addAll(r.problems());
      return ReadResult.of(r.article(), source, problems);
    }
    return html.fragment(id, source, value, known, author, problems);
  }

  /** Returns the longest of the item's contents, else its description. */
  private static Optional<SyndContent> body(SyndEntry e) {
    SyndContent best = null;
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && (best == null || c.getValue().length() > best.getValue().length())) {
        best = c;
      }
    }
    if (best == null && e.getDescription() != null && e.getDescription().getValue() != null) {
      best = e.getDescription();
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> author(SyndEntry e) {
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      return Optional.of(plain(e.getAuthor()));
    }
    return e.getAuthors().stream().map(SyndPerson::getName).filter(Objects::nonNull).map(FeedReader::plain).filter(s -> !s.isBlank())
        .findFirst();
  }

  private static FuzzyDate day(Date d) {
    return new FuzzyDate.Day(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
  }

  private static String plain(String maybeHtml) {
    return Jsoup.parseBodyFragment(maybeHtml).text().strip();
  }

  private static boolean web(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  private static String oneLine(String s) {
    String m = s == null ? "no detail" : s.replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
