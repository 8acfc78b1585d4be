package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.nlp.event.CameoTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each family of event patterns and each status, as a short article a reviewer can read: the CAMEO
 * root expected, source, target ("-" for none), date ("-" for none) and status. Runs the whole
 * pipeline on CoreNLP; the article is published on 4 December 2019.
 */
class EventShapesIT {

  private static Analysis analyze(String body) {
    Article a = Article.of("event", "Diplomacy", "Diplomacy\n\n" + body).withPublished(FuzzyDate.parse("2019-12-04"));
    return Engine.pipeline(List.of(), List.of()).analyze(a);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      visit with a day and no year | On 3 December, Sergey Lavrov visited Azerbaijan. | 04 | Sergey Lavrov | Azerbaijan | 2019-12-03 | HAPPENED
      arrival in a capital is a visit to its state | Sergey Lavrov arrived in Baku yesterday. | 04 | Sergey Lavrov | Azerbaijan | 2019-12-03 | HAPPENED
      meeting with a person | Sergey Lavrov met with Ilham Aliyev in Baku on Tuesday. | 04 | Sergey Lavrov | Ilham Aliyev | 2019-12-03 | HAPPENED
      phone talks as a noun | Ilham Aliyev held phone talks with Vladimir Putin. | 04 | Ilham Aliyev | Vladimir Putin | - | HAPPENED
      phone call as a verb | Vladimir Putin phoned Ilham Aliyev yesterday. | 04 | Vladimir Putin | Ilham Aliyev | 2019-12-03 | HAPPENED
      criticism | Ilham Aliyev denounced the statement from France. | 11 | Ilham Aliyev | France | - | HAPPENED
      praise | Vladimir Putin praised Ilham Aliyev for the agreement. | 05 | Vladimir Putin | Ilham Aliyev | - | HAPPENED
      use of force | Russia attacked Ukraine in February 2022. | 19 | Russia | Ukraine | 2022-02 | HAPPENED
      planned meeting | Elmar Mammadyarov will meet Zohrab Mnatsakanyan in Bratislava tomorrow. | 04 | Elmar Mammadyarov | Zohrab Mnatsakanyan | 2019-12-05 | PLANNED
      negated visit | Sergey Lavrov did not visit Armenia last year. | 04 | Sergey Lavrov | Armenia | 2018 | NEGATED
      hypothetical agreement | If the peace agreement is signed between Baku and Yerevan, the troops will leave. | 05 | Azerbaijan | Armenia | - | HYPOTHETICAL
      a document denied | Ilham Aliyev and Nikol Pashinyan met in Vienna. No agreement was signed between Azerbaijan and Armenia. | 05 | Azerbaijan | Armenia | - | NEGATED
      passive with an agent | Sergey Lavrov was received by Ilham Aliyev on Tuesday. | 04 | Ilham Aliyev | Sergey Lavrov | 2019-12-03 | HAPPENED
      a meeting with two people, the second after 'as well as' | Sergey Lavrov met with Ilham Aliyev, as well as with his counterpart Elmar Mammadyarov. | 04 | Sergey Lavrov | Elmar Mammadyarov | - | HAPPENED
      an appeal is the speaker's | "The troops must withdraw from the border," Ilham Aliyev said on Monday. | 02 | Ilham Aliyev | - | 2019-12-02 | HAPPENED
      an appeal names whom it asks | "Armenia should release the prisoners," Ilham Aliyev said. | 02 | Ilham Aliyev | Armenia | - | HAPPENED
      what the speaker expects from others | "We expect concrete steps from France," Ilham Aliyev told reporters. | 02 | Ilham Aliyev | France | - | HAPPENED
      readiness to help is an intent | "Russia is ready to provide assistance to Armenia," Sergey Lavrov said. | 03 | Sergey Lavrov | Armenia | - | HAPPENED
      readiness of a state to negotiate | Azerbaijan is ready to negotiate with Armenia. | 03 | Azerbaijan | Armenia | - | HAPPENED
      praise of a relation between two states | Sergey Lavrov called the relations between Russia and Azerbaijan a model of good neighbourliness. | 05 | Sergey Lavrov | Azerbaijan | - | HAPPENED
      praise of a relation named by a pair adjective | Vladimir Putin said that Russian-Armenian relations were strategic. | 05 | Vladimir Putin | Armenia | - | HAPPENED
      praise of relations with a partner, in a quote | "Our relations with Turkey are excellent," Ilham Aliyev said. | 05 | Ilham Aliyev | Turkey | - | HAPPENED
      calling a state a friend | Nikol Pashinyan believes that France is a true friend of Armenia. | 05 | Nikol Pashinyan | France | - | HAPPENED
      appreciation in the passive is the speaker's | Sergey Lavrov said that Azerbaijan's help is highly valued in Moscow. | 05 | Sergey Lavrov | Azerbaijan | - | HAPPENED
      a plural role noun stands for its organization | "We have appealed to the co-chairs," Elmar Mammadyarov said. | 02 | Azerbaijan | OSCE Minsk Group | - | HAPPENED
      naming an act after its author is a charge | "Our lands suffered from Armenia's occupation for thirty years," Ilham Aliyev said. | 11 | Ilham Aliyev | Armenia | - | HAPPENED
      the wish to better a relation is an intent | Nikol Pashinyan said that Armenia wants the normalization of relations with Turkey. | 03 | Nikol Pashinyan | Turkey | - | HAPPENED
      a meeting in a third state | Ilham Aliyev met Nikol Pashinyan in Vienna on Monday. | 04 | Ilham Aliyev | Nikol Pashinyan | 2019-12-02 | HAPPENED
      a truce agreed | Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday. | 08 | Armenia | Azerbaijan | 2019-11-30 | HAPPENED
      an investigation | Georgia investigated Russia over the border incident. | 09 | Georgia | Russia | - | HAPPENED
      a ceasefire violated | Armenia violated the ceasefire overnight, the ministry said. | 19 | Armenia | - | - | HAPPENED
      sanctions | The European Union imposed sanctions on Russia in March 2014. | 16 | European Union | Russia | 2014-03 | HAPPENED
      """)
  void eventIsCodedWithItsActorsDateAndStatus(String shape, String body, String root, String source, String target, String date,
      String status) {
    Analysis a = analyze(body);
    assertThat(a.events()).allSatisfy(e -> assertThat(CameoTable.bundled().lookup(e.cameo())).as(e.cameo()).isPresent());
    assertThat(a.events()).as(shape + ": events were " + a.events()).anySatisfy(e -> {
      assertThat(e.root()).isEqualTo(root);
      assertThat(e.source().name()).isEqualTo(source);
      assertThat(e.target().map(Actor::name).orElse("-")).isEqualTo(target);
      assertThat(e.date().map(FuzzyDate::iso).orElse("-")).isEqualTo(date);
      assertThat(e.status()).isEqualTo(EventStatus.valueOf(status));
      assertThat(e.evidence().of(a.article().text())).isEqualTo(e.evidenceText());
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      signed between two states is coded both ways | The declaration was signed between Russia and Azerbaijan on 22 February 2022. | 05 | Russia | Azerbaijan
      coordinated subjects acting on each other | Vladimir Putin and Ilham Aliyev congratulated each other on the anniversary. | 05 | Vladimir Putin | Ilham Aliyev
      a joint undertaking named by a pair adjective | A joint Russian-Turkish monitoring centre was opened in Aghdam in January 2021. | 06 | Turkey | Russia
      an agreement signed with no parties named is between the two states last named | Russia and Azerbaijan have long been partners. A treaty on friendship was signed in Moscow in 2022. | 05 | Azerbaijan | Russia
      'the parties' are the two of the last 'between' | Ahead of the talks between Elmar Mammadyarov and Zohrab Mnatsakanyan, Lavrov said the parties would sign a joint statement. | 05 | Zohrab Mnatsakanyan | Elmar Mammadyarov
      """)
  void jointActsNameBothParties(String shape, String body, String root, String first, String second) {
    Analysis a = analyze(body);
    List<Event> coded = a.events().stream().filter(e -> e.root().equals(root)).toList();
    assertThat(coded).as(shape + ": events were " + a.events()).anySatisfy(e -> {
      assertThat(e.source().name()).isEqualTo(first);
      assertThat(e.target().map(Actor::name)).contains(second);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      weather is not an event | The weather in Baku was warm on Tuesday.
      a statement without an interaction | Analysts in Moscow wrote long reports about the economy.
      relations said not to be good are not praise | "Our relations with Iran are not good," Ilham Aliyev said.
      an obligation inside a relative clause is no appeal | Ilham Aliyev listed the issues that should be solved first.
      towns twinned are not diplomacy | Sochi and Gabala cooperate in tourism.
      nothing is joint without the word | Russia and Turkey opened new consulates in the region.
      """)
  void sentencesWithoutAnInteractionCodeNoEvent(String shape, String body) {
    assertThat(analyze(body).events()).as(shape).isEmpty();
  }

  /** demo-14 once overflowed the stack: "the leaders of the countries of the region" nested plural role nouns. */
  @org.junit.jupiter.api.Test
  void nestedPluralRoleNounsDoNotOverflow() {
    Analysis a = analyze("The presidents of the leaders of the countries of the region met the ministers of the presidents of Russia.");
    assertThat(a.problems()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aMeetingInAThirdStateIsCodedAsSuch() {
    assertThat(analyze("Ilham Aliyev met Nikol Pashinyan in Vienna on Monday.").events())
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("044"));
    assertThat(analyze("Ilham Aliyev met Nikol Pashinyan in Baku on Monday.").events())
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("040"));
  }
}
