package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

  private final FeedReader reader = new FeedReader(Fixtures.HTML, Fixtures.TEXT, Fixtures.CONFIG);

  private List<ReadResult> read(String name, byte[] bytes) {
    return Fixtures.read(reader, Fixtures.input(name, bytes));
  }

  @Test
  void eachRssItemIsAnArticleNamedByItsLinkAndDatedByItsPubDate() {
    List<ReadResult> r = read("kura-herald.rss", Fixtures.resource("feeds/kura-herald.rss"));
    assertThat(r).hasSize(2);
    Article first = r.get(0).article().orElseThrow();
    assertThat(first.id()).isEqualTo("https://kuraherald.example/politics/2022/06/24/ministers-resume-talks");
    assertThat(first.title()).isEqualTo("Foreign ministers resume talks in Tbilisi");
    assertThat(first.published()).contains(FuzzyDate.parse("2022-06-24"));
    assertThat(first.outlet()).contains("Kura Herald");
    assertThat(first.author()).contains("Nino Beridze");
    assertThat(first.url()).contains(first.id());
  }

  @Test
  void itemHtmlIsCleanedLikeAPage() {
    Article first = read("kura-herald.rss", Fixtures.resource("feeds/kura-herald.rss")).get(0).article().orElseThrow();
    assertThat(first.text()).contains("first direct talks in four months").contains("\"We have agreed to keep talking,\"")
        .doesNotContain("Share on").doesNotContain("appeared first on");
  }

  @Test
  void itemWithoutLinkIsNamedByFileAndPosition() {
    ReadResult second = read("kura-herald.rss", Fixtures.resource("feeds/kura-herald.rss")).get(1);
    assertThat(second.document()).isEqualTo("kura-herald#2");
    assertThat(second.source()).isEqualTo("kura-herald.rss#2");
    assertThat(second.article().orElseThrow().text()).contains("joint border commission will hold its first meeting");
  }

  @Test
  void atomEntryIsAnArticleWithItsPublishedDateAndAuthor() {
    List<ReadResult> r = read("steppe-wire.atom", Fixtures.resource("feeds/steppe-wire.atom"));
    Article a = r.get(0).article().orElseThrow();
    assertThat(a.id()).isEqualTo("https://steppewire.example/conflict/ceasefire-third-day");
    assertThat(a.published()).contains(FuzzyDate.parse("2022-05-03"));
    assertThat(a.author()).contains("Aigerim Sadykova");
    assertThat(a.outlet()).contains("Steppe Wire");
    assertThat(a.text()).contains("permanent settlement");
  }

  @Test
  void externalEntityNeverReadsALocalFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>Evil &xxe;</title><item><title>Item &xxe;</title>"
        + "<link>https://evil.example/1</link><description>Body &xxe; text of the item that is long enough.</description></item></channel></rss>";
    List<ReadResult> r = read("evil.rss", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(r).allSatisfy(x -> {
      assertThat(x.article().map(Article::text).orElse("")).doesNotContain("TOP-SECRET");
      assertThat(x.article().map(Article::title).orElse("")).doesNotContain("TOP-SECRET");
      assertThat(x.problems().toString()).doesNotContain("TOP-SECRET");
    });
  }

  @Test
  void entityExpansionBombFailsAsMalformedWithoutExpanding() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>";
    List<ReadResult> r = read("bomb.rss", bomb.getBytes(StandardCharsets.UTF_8));
    assertThat(r).singleElement().satisfies(x -> assertThat(x.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("not a readable RSS or Atom feed")));
  }

  @Test
  void malformedFeedIsOneProblemNamingTheFile() {
    List<ReadResult> r = read("broken.rss", "<rss version=\"2.0\"><channel><title>Cut off".getBytes(StandardCharsets.UTF_8));
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.article()).isEmpty();
      assertThat(x.source()).isEqualTo("broken.rss");
      assertThat(x.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a readable RSS or Atom feed"));
    });
  }

  @Test
  void itemsBeyondTheLimitAreNotReadAndTheCutIsReported() {
    FeedReader small = new FeedReader(Fixtures.HTML, Fixtures.TEXT, Fixtures.CONFIG.withMaxRecordsPerFile(1));
    List<ReadResult> r = Fixtures.read(small, Fixtures.input("kura-herald.rss", Fixtures.resource("feeds/kura-herald.rss")));
    assertThat(r).hasSize(2);
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("only the first 1"));
  }
}
