package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.attache.ingest.html.SavedPages;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class ArticleSourcesTest {

  private static final String STORY = "Envoys meet in Vienna\n\nThe special envoys of the two countries met in Vienna on Thursday and agreed "
      + "to reopen the consulates closed three years ago, in the first concrete result of the normalisation process.\n\nThe consulates "
      + "will resume work within ninety days, the envoys said in a joint statement after the meeting.";

  @TempDir
  Path dir;

  private final ArticleSources sources = ArticleSources.create(IngestConfig.defaults(), MetadataIndex.empty(), LanguageGuesser.undetermined());

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Article> articles(List<ReadResult> results) {
    return results.stream().flatMap(r -> r.article().stream()).toList();
  }

  @Test
  void folderOfEveryFormatIsReadInNameOrder() throws IOException {
    write("a-story.txt", STORY);
    write("b-page.html", SavedPages.html("kura-herald-talks"));
    write("c-feed.rss", Fixtures.resource("feeds/kura-herald.rss"));
    write("d-feed.atom", Fixtures.resource("feeds/steppe-wire.atom"));
    write("e-crawl.warc.gz", WarcReaderTest.archive(WarcCompression.GZIP));
    write("f-batch.jsonl", "{\"id\":\"j-1\",\"title\":\"Summit closes\",\"text\":\"Summit closes\\n\\nLeaders of five states closed a "
        + "summit on Tuesday with a pledge on an energy corridor.\"}\n");
    write("notes.md", "not an article format");
    List<ReadResult> r = sources.readAll(List.of(dir));
    assertThat(r).extracting(ReadResult::document).containsExactly("a-story", "b-page",
        "https://kuraherald.example/politics/2022/06/24/ministers-resume-talks", "c-feed#2",
        "https://steppewire.example/conflict/ceasefire-third-day", "https://kuraherald.example/politics/2022/06/24/ministers-resume-talks",
        "https://steppewire.example/undated", "j-1");
    assertThat(r).allSatisfy(x -> assertThat(x.problems()).isEmpty());
  }

  @Test
  void pageCopiedIntoAnArchiveIsLinkedToTheFirstAndNotReadTwice() throws IOException {
    write("b-page.html", SavedPages.html("kura-herald-talks"));
    write("e-crawl.warc", WarcReaderTest.archive(WarcCompression.NONE));
    List<ReadResult> r = sources.readAll(List.of(dir));
    ReadResult copy = r.get(1);
    assertThat(copy.article()).isEmpty();
    assertThat(copy.skip()).hasValueSatisfying(s -> assertThat(s.note()).contains("duplicate of b-page"));
    assertThat(copy.problems()).isEmpty();
  }

  @Test
  void otherLanguageIsSkippedWithANote() throws IOException {
    LanguageGuesser french = text -> Optional.of(text.contains(" les ") ? new LanguageGuess("fra", 0.97) : new LanguageGuess("eng", 0.9));
    ArticleSources s = ArticleSources.create(IngestConfig.defaults(), MetadataIndex.empty(), french);
    write("en.txt", STORY);
    write("fr.txt", "Les envoyés se rencontrent\n\nLes envoyés des deux pays se sont rencontrés à Vienne jeudi et les consulats rouvriront.");
    List<ReadResult> r = s.readAll(List.of(dir));
    assertThat(r.get(0).article()).isPresent();
    assertThat(r.get(1).skip()).hasValueSatisfying(x -> assertThat(x.note()).startsWith("not English (fra"));
  }

  @Test
  void randomBytesNamedHtmlAreOneProblemNamingTheFile() throws IOException {
    byte[] noise = new byte[64 * 1024];
    new Random(42).nextBytes(noise);
    Path p = write("noise.html", noise);
    write("story.txt", STORY);
    List<ReadResult> r = sources.readAll(List.of(dir));
    assertThat(r.get(0).source()).isEqualTo(p.toString());
    assertThat(r.get(0).problems()).singleElement().satisfies(x -> assertThat(x.message()).startsWith("binary data"));
    assertThat(r.get(1).article()).isPresent();
  }

  @Test
  void htmlNestedAHundredThousandLevelsIsReadWithoutOverflowingTheStack() throws IOException {
    StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
    html.append("<div>".repeat(100_000)).append("<p>The envoys met in Vienna on Thursday and agreed to reopen the consulates, officials said.</p>");
    Path p = write("deep.html", html.toString());
    List<ReadResult> r = new ArrayList<>();
    sources.read(p, r::add);
    assertThat(r).singleElement().satisfies(x -> assertThat(x.article().orElseThrow().text()).contains("reopen the consulates"));
  }

  @Test
  void thirtyMegabyteTextIsCutToTheLimitAndReported() throws IOException {
    Path p = dir.resolve("huge.txt");
    byte[] line = "The envoys met again and talked for a long time about many things.\n\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(p)) {
      out.write("Huge\n\n".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < 30L * 1024 * 1024; n += line.length) {
        out.write(line);
      }
    }
    List<ReadResult> r = new ArrayList<>();
    sources.read(p, r::add);
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.article().orElseThrow().text().length()).isLessThanOrEqualTo(IngestConfig.defaults().maxChars() + 10);
      assertThat(x.problems()).anySatisfy(pr -> assertThat(pr.message()).contains("limit"));
    });
  }

  @Test
  void emptyFileIsAProblemAndTheNextFileIsRead() throws IOException {
    write("a-empty.txt", new byte[0]);
    write("b-story.txt", STORY);
    List<ReadResult> r = sources.readAll(List.of(dir));
    assertThat(r.get(0).problems()).singleElement().satisfies(x -> assertThat(x.message()).startsWith("empty file"));
    assertThat(r.get(1).article()).isPresent();
  }

  @Test
  void invalidUtf8TextIsReadWithReplacementAndReported() throws IOException {
    byte[] good = STORY.getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length + 2);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    List<ReadResult> r = new ArrayList<>();
    sources.read(write("bad.txt", bad), r::add);
    assertThat(r.get(0).article().orElseThrow().text()).contains("\uFFFD");
    assertThat(r.get(0).problems()).singleElement().satisfies(x -> assertThat(x.message()).contains("UTF-8"));
  }

  @Test
  void truncatedArchiveKeepsItsReadableArticles() throws IOException {
    byte[] whole = WarcReaderTest.archive(WarcCompression.GZIP);
    List<ReadResult> r = new ArrayList<>();
    sources.read(write("cut.warc.gz", Arrays.copyOf(whole, whole.length - 60)), r::add);
    assertThat(articles(r)).isNotEmpty();
    assertThat(r.get(r.size() - 1).problems()).isNotEmpty();
  }

  @Test
  void feedSavedAsHtmlIsReadAsAFeed() throws IOException {
    List<ReadResult> r = new ArrayList<>();
    sources.read(write("saved-feed.html", Fixtures.resource("feeds/steppe-wire.atom")), r::add);
    assertThat(r).singleElement().satisfies(x -> assertThat(x.document()).isEqualTo("https://steppewire.example/conflict/ceasefire-third-day"));
  }

  @Test
  void standardInputIsReadByItsContent() {
    List<ReadResult> r = new ArrayList<>();
    sources.read("-", new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)), r::add);
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.document()).isEqualTo("stdin");
      assertThat(x.article().orElseThrow().title()).isEqualTo("Envoys meet in Vienna");
    });
  }

  @Test
  void metadataIndexOverridesWhatATextFileGives() throws IOException {
    Path index = write("index.tsv", "doc\tpublished\toutlet\ttitle\nstory\t2020-11-10\tKura Herald\tEnvoys meet in Vienna\n");
    ArticleSources s = ArticleSources.create(IngestConfig.defaults(), MetadataIndex.read(index), LanguageGuesser.undetermined());
    List<ReadResult> r = new ArrayList<>();
    s.read(write("story.txt", "Kura Herald\n\n" + STORY), r::add);
    Article a = r.get(0).article().orElseThrow();
    assertThat(a.published()).contains(FuzzyDate.parse("2020-11-10"));
    assertThat(a.outlet()).contains("Kura Herald");
    assertThat(a.text()).startsWith("Envoys meet in Vienna\n\nThe special envoys");
  }

  @Test
  void missingFileIsAProblemNamingIt() {
    List<ReadResult> r = new ArrayList<>();
    sources.read(dir.resolve("gone.html"), r::add);
    assertThat(r).singleElement().satisfies(x -> assertThat(x.problems().get(0).message()).contains("gone.html"));
  }
}
