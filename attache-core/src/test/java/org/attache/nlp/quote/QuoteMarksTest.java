package org.attache.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().filter(q -> !q.nested()).map(q -> q.span().of(text)).toList();
  }

  @Test
  void straightAndCurlyMarksBothDelimitQuotes() {
    assertThat(quoted("\"We are ready,\" he said. Then: \u201CIt is time.\u201D"))
        .containsExactly("We are ready", "It is time.");
  }

  @Test
  void mismatchedOpeningMarksStillPair() {
    String text = "Lavrov said there were \u201Cinteresting ideas\u201C regarding the future.";
    assertThat(quoted(text)).containsExactly("interesting ideas");
  }

  @Test
  void quoteReopenedEachParagraphIsOneQuote() {
    String text = "\u201CFirst paragraph of the statement.\n\n\u201CSecond paragraph, still quoted,\u201D he said.";
    assertThat(quoted(text)).containsExactly("First paragraph of the statement.\n\n\u201CSecond paragraph, still quoted");
  }

  @Test
  void closingMarkWrittenAfterASpaceStillCloses() {
    String text = "\u201CWe hope for lasting peace in the Caucasus, \u201Che said.";
    assertThat(quoted(text)).containsExactly("We hope for lasting peace in the Caucasus");
  }

  @Test
  void unclosedQuoteEndsAtTheParagraph() {
    String text = "He said: \u201CWe will not accept this.\n\nThe next paragraph is narration.";
    assertThat(quoted(text)).containsExactly("We will not accept this.");
  }

  @Test
  void guillemetsAndLowHighMarksAreQuoteMarks() {
    assertThat(quoted("She wrote \u00ABpeace is near\u00BB and \u201Emore is coming\u201C today."))
        .containsExactly("peace is near", "more is coming");
  }

  @Test
  void quoteInsideAQuoteIsNestedNotClosing() {
    String text = "\u201CShe spoke about the \u201Cstatus\u201D in Armenia today,\u201D he said.";
    List<QuoteMarks.Quoted> all = QuoteMarks.find(text);
    assertThat(all).anySatisfy(q -> {
      assertThat(q.nested()).isTrue();
      assertThat(q.span().of(text)).isEqualTo("status");
    });
    assertThat(quoted(text)).containsExactly("She spoke about the \u201Cstatus\u201D in Armenia today");
  }

  @Test
  void closingMarkWithNoOpeningMeansTheParagraphWasTheQuote() {
    String text = "Mammadov said:\n\nMediators must accept these terms. Time is limited.\u201D.";
    assertThat(quoted(text)).containsExactly("Mediators must accept these terms. Time is limited.");
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    assertThat(quoted("Azerbaijan\u2019s position and Armenia's view differ.")).isEmpty();
  }

  @Test
  void curlySingleMarksDelimitAQuoteWhenNoDoubleMarkIsOpen() {
    assertThat(quoted("\u2018We are ready to help the parties,\u2019 Lavrov said.")).containsExactly("We are ready to help the parties");
  }

  @Test
  void singleMarksInsideADoubleQuoteStayPartOfIt() {
    String text = "\"There are attempts to present this issue as a \u2018frozen conflict\u2019 today,\" he said.";
    assertThat(quoted(text)).containsExactly("There are attempts to present this issue as a \u2018frozen conflict\u2019 today");
  }
}
