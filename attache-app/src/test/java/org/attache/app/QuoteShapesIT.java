package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.attache.model.Quote;
import org.attache.model.QuoteKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each quote shape news writes, as a short article a reviewer can read: the words expected inside
 * the quote, its kind, and who said it ("-" for no one). Runs the whole pipeline on CoreNLP.
 */
class QuoteShapesIT {

  private static Analysis analyze(String body) {
    Article a = Article.of("shape", "Talks in Baku", "Talks in Baku\n\n" + body).withPublished(FuzzyDate.parse("2022-06-24"));
    return Engine.pipeline(List.of(), List.of()).analyze(a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      speaker named after the quote | “We are ready to help,” Lavrov said. | ready to help | direct | Sergey Lavrov
      speaker named before, with a colon | Lavrov said: “We are ready to help the parties.” | ready to help the parties | direct | Sergey Lavrov
      pronoun after the quote | Sergey Lavrov arrived in Baku. “We are ready to help,” he stressed. | ready to help | direct | Sergey Lavrov
      mismatched marks | “The relationship between our countries is strategic,“ Lavrov said. | relationship between our countries | direct | Sergey Lavrov
      straight marks | "The conflict has been resolved," Ilham Aliyev said in Nakhchivan. | conflict has been resolved | direct | Ilham Aliyev
      curly single marks | ‘We are ready to help the parties,’ Lavrov said. | ready to help the parties | direct | Sergey Lavrov
      guillemets | «We expect concrete steps from the mediators,» Bayramov said. | concrete steps from the mediators | direct | Jeyhun Bayramov
      role noun by office and date | The Azerbaijani Foreign Minister said that the talks had been useful. | talks had been useful | indirect | Jeyhun Bayramov
      that clause | Ilham Aliyev said that Azerbaijan hopes for lasting peace in the region. | hopes for lasting peace | indirect | Ilham Aliyev
      clause before the speaker | The conflict may flare up again, Ilham Aliyev said in an interview. | conflict may flare up again | indirect | Ilham Aliyev
      according to | According to the Kremlin, the two presidents discussed the situation in the region. | discussed the situation | indirect | Kremlin
      capital speaking for its state | Baku said that the talks with Yerevan had been useful. | talks with Yerevan had been useful | indirect | Azerbaijan
      institution as speaker | The Russian Foreign Ministry said that it was concerned by the shelling near the border. | concerned by the shelling | indirect | Russian Foreign Ministry
      expressed hope | Lavrov expressed hope that the border commissions would meet soon. | border commissions would meet soon | indirect | Sergey Lavrov
      a second speech verb the parse hangs inside the first clause | Sergey Lavrov stressed that Russia had helped end the war, and noted that Armenia valued the work of the border commission. | Armenia valued the work | indirect | Sergey Lavrov
      a participle after the object of a speech verb | The Russian Foreign Ministry condemned the visit, calling it a dangerous provocation by the West. | dangerous provocation | indirect | Russian Foreign Ministry
      several speakers at once | Putin and Aliyev noted that the memory of the war is honoured in both countries. | memory of the war | indirect | -
      """)
  void quoteIsFoundAndAttributed(String shape, String body, String words, String kind, String speaker) {
    Analysis a = analyze(body);
    Optional<Quote> q = a.quotes().stream().filter(x -> x.text().contains(words)).findFirst();
    assertThat(q).as(shape + ": quotes were " + a.quotes()).isPresent();
    assertThat(q.get().kind()).isEqualTo(QuoteKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
    assertThat(q.get().speaker().map(Actor::name).orElse("-")).as(shape).isEqualTo(speaker);
    assertThat(q.get().span().of(a.article().text())).isEqualTo(q.get().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      scare quote | Lavrov said the talks were held in an “ordinary” atmosphere. | ordinary
      quoted title | The two countries signed the “Declaration of Alliance” in Moscow. | Declaration of Alliance
      quoted term | The minister used the term “Karabakh” rather than another name. | Karabakh
      """)
  void wordsInQuoteMarksThatAreNotSpeechAreNotQuotes(String shape, String body, String words) {
    Analysis a = analyze(body);
    assertThat(a.quotes()).as(shape).noneMatch(q -> q.kind() == QuoteKind.DIRECT && q.text().strip().equals(words));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      reopened at each paragraph | “We will continue the talks.\\n\\n“The next round is in Brussels,” Lavrov said. | continue the talks | next round is in Brussels
      unclosed paragraph continued by a closing mark | “We will continue the talks.\\n\\nThe next round is in Brussels,” Lavrov said. | continue the talks | next round is in Brussels
      """)
  void quoteOverSeveralParagraphsIsOneQuote(String shape, String body, String first, String last) {
    Analysis a = analyze(body.replace("\\n", "\n"));
    assertThat(a.quotes()).as(shape).anySatisfy(q -> {
      assertThat(q.text()).contains(first).contains(last);
      assertThat(q.speaker().map(Actor::name)).contains("Sergey Lavrov");
    });
  }

  /** "Baku said that the president had stressed that …": the president is Azerbaijan's, not the last one named. */
  @org.junit.jupiter.api.Test
  void aRoleNounInWhatAStateIsReportedToSayIsThatStates() {
    Analysis a = analyze("Ilham Aliyev met Emmanuel Macron in Paris. Baku said that the president had stressed that the borders must be respected.");
    assertThat(a.quotes()).as("quotes were " + a.quotes())
        .anySatisfy(q -> {
          assertThat(q.text()).startsWith("the borders must be respected");
          assertThat(q.speaker().map(Actor::name)).contains("Ilham Aliyev");
        });
  }

  /** "He stressed that P, and noted that Q": two quotes, the first ending before the second report. */
  @org.junit.jupiter.api.Test
  void twoReportsInOneSentenceAreTwoQuotes() {
    Analysis a = analyze("Sergey Lavrov stressed that Russia had helped end the war, and noted that Armenia valued the work of the border commission.");
    assertThat(a.quotes()).as("quotes were " + a.quotes())
        .anyMatch(q -> q.text().equals("Russia had helped end the war"))
        .anyMatch(q -> q.text().startsWith("Armenia valued the work"));
  }

  /** "…, and he stressed that position": a speech verb with an object of its own reports no words before it. */
  @org.junit.jupiter.api.Test
  void aSpeechVerbWithAnObjectReportsNoWordsBeforeIt() {
    Analysis a = analyze("Ilham Aliyev has long argued that the talks need a deadline, and he stressed that position again in Brussels.");
    assertThat(a.quotes()).as("quotes were " + a.quotes()).noneMatch(q -> q.text().contains("has long argued"))
        .anyMatch(q -> q.text().startsWith("the talks need a deadline"));
  }
}
