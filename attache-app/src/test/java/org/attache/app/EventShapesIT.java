package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
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
      passive with an agent | Sergey Lavrov was received by Ilham Aliyev on Tuesday. | 04 | Ilham Aliyev | Sergey Lavrov | 2019-12-03 | HAPPENED
      """)
  void eventIsCodedWithItsActorsDateAndStatus(String shape, String body, String root, String source, String target, String date,
      String status) {
    Analysis a = analyze(body);
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
}
