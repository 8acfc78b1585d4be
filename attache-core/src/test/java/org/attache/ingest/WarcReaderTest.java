package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.attache.ingest.html.SavedPages;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {

  private static final Instant CRAWLED = Instant.parse("2024-03-01T23:30:00Z");

  private final WarcReader reader = new WarcReader(Fixtures.HTML, Fixtures.CONFIG);

  /** Builds an archive of two saved pages, a redirect, an image and a page without any date. */
  static byte[] archive(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      w.write(response("https://kuraherald.example/politics/2022/06/24/ministers-resume-talks", 200, MediaType.HTML_UTF8,
          SavedPages.html("kura-herald-talks")));
      w.write(response("https://kuraherald.example/old", 301, MediaType.HTML_UTF8, "<html>moved</html>".getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://kuraherald.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      w.write(response("https://steppewire.example/undated", 200, MediaType.parse("text/html"), ("<html><head><title>Envoys meet"
          + "</title></head><body><article><p>The envoys met on Friday to discuss the exchange of prisoners and the reopening of roads, "
          + "officials said.</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
    }
    return out.toByteArray();
  }

  private static WarcResponse response(String url, int status, MediaType type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved").body(type, body).build();
    return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
  }

  private List<ReadResult> read(String name, byte[] bytes) {
    return Fixtures.read(reader, Fixtures.input(name, bytes));
  }

  @Test
  void eachHtmlResponseIsAnArticleNamedByItsTargetUrl() throws IOException {
    List<ReadResult> r = read("crawl.warc", archive(WarcCompression.NONE));
    assertThat(r).extracting(ReadResult::document).containsExactly(
        "https://kuraherald.example/politics/2022/06/24/ministers-resume-talks", "https://steppewire.example/undated");
    Article a = r.get(0).article().orElseThrow();
    assertThat(a.title()).isEqualTo("Foreign ministers resume talks in Tbilisi");
    assertThat(a.text()).contains("joint border commission").doesNotContain("Most read");
    assertThat(r.get(0).source()).isEqualTo("crawl.warc#1");
  }

  @Test
  void pageDateWinsAndWarcDateDatesAnUndatedPage() throws IOException {
    List<ReadResult> r = read("crawl.warc", archive(WarcCompression.NONE));
    assertThat(r.get(0).article().orElseThrow().published()).contains(FuzzyDate.parse("2022-06-24"));
    assertThat(r.get(1).article().orElseThrow().published()).contains(FuzzyDate.parse("2024-03-01"));
  }

  @Test
  void gzippedArchiveReadsTheSame() throws IOException {
    List<ReadResult> r = read("crawl.warc.gz", archive(WarcCompression.GZIP));
    assertThat(r).hasSize(2).allSatisfy(x -> assertThat(x.article()).isPresent());
  }

  @Test
  void truncatedGzippedArchiveKeepsTheArticlesBeforeTheCutAndReportsIt() throws IOException {
    byte[] whole = archive(WarcCompression.GZIP);
    byte[] cut = Arrays.copyOf(whole, whole.length - 60);
    List<ReadResult> r = read("crawl.warc.gz", cut);
    assertThat(r.get(0).article()).isPresent();
    assertThat(r.get(r.size() - 1).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("archive truncated or corrupt after record"));
  }

  @Test
  void recordsBeyondTheLimitAreNotReadAndTheCutIsReported() throws IOException {
    WarcReader small = new WarcReader(Fixtures.HTML, Fixtures.CONFIG.withMaxRecordsPerFile(2));
    List<ReadResult> r = Fixtures.read(small, Fixtures.input("crawl.warc", archive(WarcCompression.NONE)));
    assertThat(r).hasSize(2);
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 2 records"));
  }
}
