package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader(Fixtures.TEXT, Fixtures.HTML, Fixtures.CONFIG);

  private List<ReadResult> read(String text) {
    return Fixtures.read(reader, Fixtures.input("batch.jsonl", text));
  }

  @Test
  void eachLineIsAnArticleWithItsFields() {
    List<ReadResult> r = read("{\"id\":\"a-1\",\"url\":\"https://kuraherald.example/a-1\",\"title\":\"Talks resume\",\"published\":\"2022-06-24\","
        + "\"outlet\":\"Kura Herald\",\"text\":\"Talks resume\\n\\nThe ministers met on Friday in Tbilisi.\"}\n");
    Article a = r.get(0).article().orElseThrow();
    assertThat(a.id()).isEqualTo("a-1");
    assertThat(a.title()).isEqualTo("Talks resume");
    assertThat(a.text()).isEqualTo("Talks resume\n\nThe ministers met on Friday in Tbilisi.");
    assertThat(a.published()).contains(FuzzyDate.parse("2022-06-24"));
    assertThat(a.outlet()).contains("Kura Herald");
    assertThat(a.url()).contains("https://kuraherald.example/a-1");
  }

  @Test
  void idFallsBackToTheUrlThenToFileAndLine() {
    List<ReadResult> r = read("{\"url\":\"https://x.example/1\",\"text\":\"One\\n\\nBody one.\"}\n\n{\"text\":\"Two\\n\\nBody two.\"}\n");
    assertThat(r).extracting(ReadResult::document).containsExactly("https://x.example/1", "batch#3");
  }

  @Test
  void timestampIsReadAsItsDayAndABadDateLeavesTheArticleUndated() {
    List<ReadResult> r = read("{\"id\":\"t\",\"published\":\"2022-06-24T23:10:00+04:00\",\"text\":\"T\\n\\nBody.\"}\n"
        + "{\"id\":\"u\",\"published\":\"last Tuesday\",\"text\":\"U\\n\\nBody.\"}\n");
    assertThat(r.get(0).article().orElseThrow().published()).contains(FuzzyDate.parse("2022-06-24"));
    assertThat(r.get(1).article().orElseThrow().published()).isEmpty();
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("published:"));
  }

  @Test
  void brokenLineIsItsOwnProblemAndTheNextLineIsRead() {
    List<ReadResult> r = read("{\"id\":\"a\",\"text\":\"A\\n\\nBody\n[1,2]\n{\"id\":\"b\",\"text\":\"B\\n\\nBody b.\"}\n");
    assertThat(r).hasSize(3);
    assertThat(r.get(0).problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not a JSON object"));
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("not a JSON object"));
    assertThat(r.get(2).article()).isPresent();
  }

  @Test
  void lineLongerThanTheLimitIsSkippedWithoutHoldingIt() {
    JsonLinesReader small = new JsonLinesReader(Fixtures.TEXT, Fixtures.HTML, Fixtures.CONFIG.withMaxDocumentBytes(2048));
    String huge = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(2000) + "\"}\n{\"id\":\"ok\",\"text\":\"Ok\\n\\nFine.\"}\n";
    List<ReadResult> r = Fixtures.read(small, Fixtures.input("batch.jsonl", huge));
    assertThat(r.get(0).problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("longer than the limit"));
    assertThat(r.get(1).document()).isEqualTo("ok");
  }

  @Test
  void htmlFieldIsReadAsAPage() {
    List<ReadResult> r = read("{\"id\":\"h\",\"title\":\"Envoys meet\",\"html\":\"<nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        + "<p>The envoys met in Vienna on Friday and agreed to meet again in May, officials said.</p>\"}\n");
    assertThat(r.get(0).article().orElseThrow().text()).isEqualTo("Envoys meet\n\nThe envoys met in Vienna on Friday and agreed to meet "
        + "again in May, officials said.");
  }
}
