package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  @ParameterizedTest(name = "{0} named {1} is {2}")
  @CsvSource(delimiter = '|', value = {
      "<!DOCTYPE html><html><body>x</body></html>|page.txt|HTML",
      "\uFEFF  <html lang=en><p>x|noname|HTML",
      "<?xml version=\"1.0\"?><!-- feed --><rss version=\"2.0\"><channel>|news.html|FEED",
      "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">|feed|FEED",
      "<?xml version=\"1.0\"?><channel>|data.xml|FEED",
      "WARC/1.1|crawl.bin|WARC",
      "{\"id\":\"a\",\"text\":\"b\"}|batch.txt|JSON_LINES",
      "Ministers meet in Vienna|story.html|PLAIN_TEXT",
      "{not json at all|story.txt|PLAIN_TEXT",
      "Title line|story.txt|PLAIN_TEXT"})
  void contentDecidesBeforeTheName(String head, String name, Format expected) {
    assertThat(FormatSniffer.detect(head.getBytes(StandardCharsets.UTF_8), name)).contains(expected);
  }

  @Test
  void bytesWithNulIsBinaryWhateverTheName() {
    assertThat(FormatSniffer.detect(new byte[] {'<', 'h', 't', 0, 'm', 'l'}, "page.html")).isEqualTo(Optional.empty());
  }

  @Test
  void gzipHeadIsInflatedForSniffing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write("WARC/1.0\r\nWARC-Type: warcinfo\r\n".repeat(500).getBytes(StandardCharsets.UTF_8));
    }
    byte[] head = java.util.Arrays.copyOf(out.toByteArray(), Math.min(out.size(), 40));
    assertThat(FormatSniffer.isGzip(head)).isTrue();
    assertThat(new String(FormatSniffer.gunzipHead(out.toByteArray()), StandardCharsets.UTF_8)).startsWith("WARC/1.0");
  }
}
