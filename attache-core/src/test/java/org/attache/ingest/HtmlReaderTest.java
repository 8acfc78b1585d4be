package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.attache.ingest.html.SavedPages;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static ReadResult page(String html) {
    return Fixtures.HTML.page("p", "p.html", html.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of());
  }

  private static Article saved(String name) {
    return Fixtures.HTML.page(name, name + ".html", SavedPages.html(name), Optional.empty(), Optional.empty(), Optional.empty(), List.of())
        .article().orElseThrow();
  }

  @Test
  void savedPageKeepsTheArticleAndDropsMenusBannersAndRelatedBoxes() {
    Article a = saved("kura-herald-talks");
    assertThat(a.text()).startsWith("Foreign ministers resume talks in Tbilisi\n\nThe foreign ministers of the two")
        .contains("Border commission").doesNotContain("cookies").doesNotContain("Most read").doesNotContain("Border commission stalls")
        .doesNotContain("Share on").doesNotContain("All rights reserved");
    assertThat(a.removed()).anySatisfy(r -> assertThat(r).contains("We use cookies"));
  }

  @Test
  void metadataComesFromOpenGraphJsonLdAndTheCanonicalLink() {
    Article a = saved("kura-herald-talks");
    assertThat(a.title()).isEqualTo("Foreign ministers resume talks in Tbilisi");
    assertThat(a.outlet()).contains("Kura Herald");
    assertThat(a.author()).contains("Nino Beridze");
    assertThat(a.url()).contains("https://kuraherald.example/politics/2022/06/24/ministers-resume-talks");
    assertThat(a.published()).contains(FuzzyDate.parse("2022-06-24"));
  }

  @Test
  void titleIsCleanedOfTheSiteSuffixAndTheSuffixNamesTheOutlet() {
    Article a = saved("caspian-ledger-summit");
    assertThat(a.title()).isEqualTo("Summit ends with pledge on energy corridor");
    assertThat(a.outlet()).contains("Caspian Ledger");
  }

  @Test
  void urlDateDatesAPageWithoutDateMetadata() {
    assertThat(saved("caspian-ledger-summit").published()).contains(FuzzyDate.parse("2021-11-09"));
  }

  @Test
  void earliestReliableDateWinsOverAModifiedOne() {
    Article a = page("<html><head><title>T</title><meta property=\"article:published_time\" content=\"2022-06-25T01:00:00+04:00\">"
        + "</head><body><article><time datetime=\"2022-06-26\">26 June</time><p>The ministers met in Tbilisi on Friday, "
        + "officials said, and agreed to meet again.</p></article></body></html>").article().orElseThrow();
    assertThat(a.published()).contains(FuzzyDate.parse("2022-06-25"));
  }

  @Test
  void jsonLdGivesTheHeadlineDateAndAuthorsWhenMetaTagsAreMissing() {
    Article a = saved("meridian-post-brief");
    assertThat(a.published()).contains(FuzzyDate.parse("2024-02-08"));
    assertThat(a.author()).contains("Tomas Varga, Elif Demir");
    assertThat(a.text()).doesNotContain("reader-funded newsroom");
  }

  @Test
  void siteNameBeforeTheHeadlineIsTheOutletWhenTheHeadingMatches() {
    Article a = saved("aras-daily-interview");
    assertThat(a.title()).isEqualTo("Envoy: \"The corridor question can be solved\"");
    assertThat(a.outlet()).contains("Aras Daily");
    assertThat(a.published()).contains(FuzzyDate.parse("2023-03-14"));
  }

  @Test
  void pageWithoutTextIsAProblemNotAnEmptyArticle() {
    ReadResult r = page("<html><body><nav><a href='/'>Home</a></nav></body></html>");
    assertThat(r.article()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("no article text found in the page"));
  }

  @Test
  void invalidUtf8IsReplacedAndReported() {
    byte[] head = "<html><body><p>The envoys met in Vienna on Friday and agreed to meet again ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    ReadResult r = Fixtures.HTML.page("p", "p.html", bytes, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    assertThat(r.article()).isPresent();
    assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("replacement characters"));
  }

  @Test
  void removedPartsAreRecordedShortAndBoundedInNumber() {
    String comments = "<section class=\"comments\">" + "<p>A long reader comment that goes on and on about the talks.</p>".repeat(300)
        + "</section>";
    String menu = "<ul class=\"menu\">" + "<li><a href=\"/x\">Section</a></li>".repeat(500) + "</ul>";
    Article a = page("<html><body>" + menu + "<article><p>The envoys met in Vienna on Thursday and agreed to reopen the consulates, "
        + "officials said.</p></article>" + comments + "</body></html>").article().orElseThrow();
    assertThat(a.removed()).hasSizeLessThanOrEqualTo(Fixtures.CONFIG.maxRemovedParts()).allSatisfy(r -> assertThat(r).hasSizeLessThanOrEqualTo(300));
    assertThat(a.text()).doesNotContain("reader comment");
  }
}
