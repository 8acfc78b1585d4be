package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader(BoilerplateFilter.bundled(), 100_000);

  private Article read(String raw, ArticleMetadata meta) {
    return reader.parse("doc-1", raw, meta).article();
  }

  @Test
  void headlineRepeatedAtTheTopIsKeptOnce() {
    Article a = read("Ministers meet in Vienna\n\n Ministers meet in Vienna\n\nThe two ministers met on Monday.", ArticleMetadata.none());
    assertThat(a.title()).isEqualTo("Ministers meet in Vienna");
    assertThat(a.text()).isEqualTo("Ministers meet in Vienna\n\nThe two ministers met on Monday.");
  }

  @Test
  void outletNameBeforeTheHeadlineIsNotTheHeadline() {
    ArticleMetadata meta = new ArticleMetadata(Optional.of(FuzzyDate.parse("2022-06-24")), Optional.of("Kura Herald"), Optional.empty(), Optional.empty());
    Article a = read("Kura Herald\n\nTalks resume in Baku\n\nThe talks resumed today.\n\nKura Herald", meta);
    assertThat(a.title()).isEqualTo("Talks resume in Baku");
    assertThat(a.text()).doesNotContain("Kura Herald");
    assertThat(a.removed()).contains("Kura Herald");
  }

  @Test
  void footerFromLeaveAReplyOnIsRemovedAndRecorded() {
    Article a = read("Title\n\nBody sentence.\n\nLeave a Reply\n\nYour email address will not be published.\n\nBack to top button",
        ArticleMetadata.none());
    assertThat(a.text()).isEqualTo("Title\n\nBody sentence.");
    assertThat(a.removed()).hasSize(3);
  }

  @Test
  void cookieNoticeAndJobAdvertAreRemoved() {
    String raw = "Title\n\nBody sentence.\n\n\"The Herald\" seeks local specialists. Send CV, cover letter and writing sample to jobs@example.org."
        + "\n\nOur website uses cookies. By clicking on \"I accept cookies\", you consent to our use of cookies.";
    Article a = read(raw, ArticleMetadata.none());
    assertThat(a.text()).isEqualTo("Title\n\nBody sentence.");
  }

  @Test
  void longParagraphMentioningCookiesInPassingIsKept() {
    String body = "The delegation discussed trade in " + "grain, fruit and ".repeat(20) + "cookies, which the policy will use as an example.";
    Article a = read("Title\n\n" + body, ArticleMetadata.none());
    assertThat(a.text()).contains("cookies, which the policy");
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementAndReported() throws Exception {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("bad", ".txt");
    java.nio.file.Files.write(f, new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', 'A', (byte) 0xC3, (byte) 0x28, 'b'});
    PlainTextReader.Result r = reader.read(f, ArticleMetadata.none());
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    assertThat(r.article().text()).contains("\uFFFD");
    java.nio.file.Files.delete(f);
  }
}
