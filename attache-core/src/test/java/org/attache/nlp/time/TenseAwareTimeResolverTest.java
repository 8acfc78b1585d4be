package org.attache.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;
import org.attache.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: the publication date ("-" when unknown), a news sentence, the words of the expression
 * and the ISO date it resolves to ("-" for none). 4 December 2019 is a Wednesday.
 */
class TenseAwareTimeResolverTest {

  private final TimeResolver resolver = new TenseAwareTimeResolver();

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-12-04 | The treaty was signed on 3 December 2019 in Paris.             | on 3 December 2019        | 2019-12-03
      2020-01-10 | The talks began December 3, 2019, in Geneva.                   | December 3, 2019          | 2019-12-03
      2019-12-04 | Lavrov arrived in Ankara on Dec. 3 for talks.                  | on Dec. 3                 | 2019-12-03
      2019-12-04 | The envoy left Kabul on 3 Dec after the meeting.               | on 3 Dec                  | 2019-12-03
      2019-12-04 | The two sides met on 10 November in Doha.                      | on 10 November            | 2019-11-10
      2017-07-15 | The accord was signed February 22 this year.                   | February 22 this year     | 2017-02-22
      2019-03-01 | The summit took place November 22 last year.                   | November 22 last year     | 2018-11-22
      2021-05-01 | Elections were held in November 2020.                          | in November 2020          | 2020-11
      2021-05-01 | The November 2020 ballot was disputed by the opposition.       | November 2020             | 2020-11
      2021-05-01 | The embassy closed in 2020.                                    | in 2020                   | 2020
      2019-12-05 | The communiqué dated 2019-12-03 was published on the website.  | 2019-12-03                | 2019-12-03
      2019-12-05 | The decree of 03.12.2019 entered into force.                   | 03.12.2019                | 2019-12-03
      2020-06-01 | Foreign troops will withdraw by mid-2021.                      | mid-2021                  | 2021
      2019-11-20 | The minister will travel to Beijing in early December.         | in early December         | 2019-12
      2021-03-01 | The mission is to end by the end of 2022.                      | the end of 2022           | 2022
      2019-12-04 | The ministers met on the 2nd of December in Rome.              | on the 2nd of December    | 2019-12-02
      2019-12-04 | Talks on Tuesday, 3 December, ended without a deal.            | on Tuesday, 3 December    | 2019-12-03
      2019-12-04 | The summit on 3-4 December was overshadowed by the dispute.    | on 3-4 December           | 2019-12-03
      2019-12-04 | The Prime Minister will travel to Japan from 10 to 12 December.  | 10 to 12 December         | 2019-12-10
      2016-02-01 | The sanctions have been in place since March 2014.             | March 2014                | 2014-03
      2016-02-01 | The sanctions have been in place since 2014.                   | 2014                      | 2014
      2019-12-04 | Between 2014 and 2016, more than 10,000 people were killed.    | 2016                      | 2016
      2019-12-04 | The 2015 nuclear deal remains in force.                        | 2015                      | 2015
      2019-12-04 | The vote is scheduled for Jan. 15, 2020.                       | Jan. 15, 2020             | 2020-01-15
      """)
  void absoluteDatesResolveToThePrecisionTheTextGives(String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-12-04 | On 3 December, Macron visited Moscow.                           | On 3 December  | 2019-12-03
      2019-12-05 | Speaking on 4 December, the minister said talks would go on.     | on 4 December  | 2019-12-04
      2020-01-05 | Officials said the delegation visited Tehran on 28 December.     | on 28 December | 2019-12-28
      2019-06-20 | On 1 December, the two presidents agreed to a ceasefire.         | On 1 December  | 2018-12-01
      2019-06-20 | The embassy was closed on 2 March after the attack.              | on 2 March     | 2019-03-02
      2019-12-04 | Lavrov told reporters on Thursday that the next talks could be in March. | on Thursday | 2019-11-28
      """)
  void dayMonthWithoutYearInPastSentenceResolvesToLatestDateBeforePublication(
      String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-11-20 | Putin will meet Erdogan in Sochi on 3 December.                              | on 3 December  | 2019-12-03
      2019-12-28 | The ministers are scheduled to meet on 5 January.                            | on 5 January   | 2020-01-05
      2019-06-20 | The next round of talks is expected to open on 4 February.                   | on 4 February  | 2020-02-04
      2019-06-20 | Delegates plan to return to Vienna on 4 February.                            | on 4 February  | 2020-02-04
      2019-06-20 | A signing ceremony on 2 March will follow the talks.                         | on 2 March     | 2020-03-02
      2019-06-20 | The upcoming summit on 2 March has drawn criticism.                          | on 2 March     | 2020-03-02
      2019-06-20 | Envoys arrive tomorrow, and the conference opens on 2 March.                 | on 2 March     | 2020-03-02
      2019-11-30 | The scheduled meeting of foreign ministers on 4 December has drawn protests. | on 4 December  | 2019-12-04
      2019-12-04 | A vote is to be held on 4 December in the assembly.                          | on 4 December  | 2019-12-04
      2019-12-04 | The summit will take place in Paris on December 9, the Elysee said on Monday. | on December 9 | 2019-12-09
      2019-12-04 | The talks, which began on 2 December, are expected to last until Friday.     | Friday         | 2019-12-06
      """)
  void dayMonthWithoutYearInFutureSentenceResolvesToEarliestDateNotBeforePublication(
      String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-06-20 | The summit in Vienna on 1 December is open to observers. | on 1 December | 2019-12-01
      2020-01-02 | The 30 December deadline is the focus of the talks.      | 30 December   | 2019-12-30
      2019-06-20 | He said he would return on 2 March.                      | on 2 March    | 2019-03-02
      2019-12-04 | The meeting was postponed until 15 January.              | 15 January    | 2020-01-15
      """)
  void dayMonthWithoutYearInPresentSentenceResolvesToNearestDate(
      String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-12-04 | Talks collapsed in November.                          | in November           | 2019-11
      2019-12-04 | The parliament will vote in February.                 | in February           | 2020-02
      2019-04-10 | The elections will be held on May.                    | on May                | 2019-05
      2019-04-10 | The mandate expires by May.                           | May                   | 2019-05
      2019-12-04 | The agreement reached last November still holds.      | last November         | 2019-11
      2019-12-04 | The deal was struck in November last year.            | in November last year | 2018-11
      2019-12-04 | The rebels will be disarmed by next March.            | next March            | 2020-03
      2019-12-04 | The minister resigned in mid-October.                 | in mid-October        | 2019-10
      """)
  void monthWithoutYearTakesTheYearTheTenseAndWordsGive(String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-12-04 | Leaders meet today in London.                       | today                    | 2019-12-04
      2019-12-04 | The president will address the nation tonight.      | tonight                  | 2019-12-04
      2019-12-04 | The minister resigned yesterday.                    | yesterday                | 2019-12-03
      2019-12-04 | Protesters gathered outside the embassy last night. | last night               | 2019-12-03
      2019-12-04 | The envoy landed the day before yesterday.          | the day before yesterday | 2019-12-02
      2019-12-04 | The talks resume tomorrow morning.                  | tomorrow morning         | 2019-12-05
      2019-12-04 | On Tuesday, Lavrov met Pompeo in Washington.        | On Tuesday               | 2019-12-03
      2019-12-04 | Pompeo will travel to Kyiv on Tuesday.              | on Tuesday               | 2019-12-10
      2019-12-04 | The ambassador was summoned on Wednesday.           | on Wednesday             | 2019-12-04
      2019-12-04 | The sides last Thursday signed a memorandum.        | last Thursday            | 2019-11-28
      2019-12-04 | The envoy visited Beijing last week.                | last week                | 2019-11
      2019-12-04 | NATO leaders meet this week in London.              | this week                | 2019-12
      2019-12-04 | Exports fell sharply this month.                    | this month               | 2019-12
      2019-12-04 | The ceasefire collapsed last month.                 | last month               | 2019-11
      2019-12-04 | The envoy returns next month.                       | next month               | 2020-01
      2019-12-04 | Trade grew this year despite sanctions.             | this year                | 2019
      2019-12-04 | Relations soured last year.                         | last year                | 2018
      2019-12-04 | Elections are due next year.                        | next year                | 2020
      2019-12-04 | A year ago, the two leaders met in Singapore.       | A year ago               | 2018-12
      2019-12-04 | The embassy was closed two years ago.               | two years ago            | 2017-12
      2019-12-04 | The convoy was attacked three days ago.             | three days ago           | 2019-12-01
      2019-12-04 | The border reopened 10 days ago.                    | 10 days ago              | 2019-11-24
      2019-12-04 | The envoy was expelled six months ago.              | six months ago           | 2019-06
      2019-12-04 | Talks stalled earlier this month.                   | earlier this month       | 2019-12
      2019-12-04 | The plan was unveiled late last year.               | late last year           | 2018
      2019-12-04 | The troops will leave by the end of the year.       | the end of the year      | 2019
      """)
  void relativeExpressionsMoveFromThePublicationDate(String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2017-07 | The minister resigned yesterday.              | yesterday             | 2017-07
      2017-07 | Leaders meet today in London.                 | today                 | 2017-07
      2017-07 | On Tuesday, Lavrov met Pompeo.                | On Tuesday            | 2017-07
      2017-07 | Protesters gathered last night.               | last night            | 2017-07
      2017-07 | A year ago, the two leaders met in Singapore. | A year ago            | 2016-07
      2017-07 | Relations soured last year.                   | last year             | 2016
      2017-07 | The ceasefire collapsed last month.           | last month            | 2017-06
      2017-07 | The accord was signed February 22 this year.  | February 22 this year | 2017-02-22
      2017-07 | The envoy visited Beijing last week.          | last week             | 2017-07
      2017    | The minister resigned last month.             | last month            | 2017
      2017    | Relations soured last year.                   | last year             | 2016
      2017-07 | On 3 December, Macron visited Moscow.         | On 3 December         | 2016-12-03
      2017    | Talks collapsed on 3 December.                | on 3 December         | 2017-12-03
      """)
  void coarseAnchorNeverYieldsAFinerDateThanItKnows(String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2} = {3}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      - | The minister resigned yesterday.             | yesterday             | -
      - | On 3 December, Macron visited Moscow.        | On 3 December         | -
      - | The accord was signed February 22 this year. | February 22 this year | -
      - | Relations soured last year.                  | last year             | -
      - | The treaty was signed on 3 December 2019.    | on 3 December 2019    | 2019-12-03
      - | The embassy closed in 2020.                  | in 2020               | 2020
      """)
  void emptyAnchorResolvesOnlyExpressionsThatCarryTheirYear(String published, String text, String span, String value) {
    assertResolves(published, text, span, value);
  }

  @ParameterizedTest(name = "[{index}] {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      2019-12-04 | On the same day, Russia recalled its ambassador. | On the same day
      2019-12-04 | Protests broke out the same day in Tbilisi.      | the same day
      """)
  void sameDayIsReportedWithoutValueForTheCallerToInherit(String published, String text, String span) {
    assertResolves(published, text, span, "-");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Troops were moved into 5 regions along the border.
      The draft resolution has 43 clauses.
      The country marked the 76th anniversary of the victory.
      Turnout fell by 20% in the capital.
      The talks lasted 24 hours.
      The two countries have been rivals for more than 25 years.
      The 2+2 dialogue brings together defence and foreign ministers.
      The G20 leaders discussed trade.
      Journalists can call the press office on +7 495 123-45-67.
      Tensions may flare up again in the region.
      It may be too late for a deal.
      Theresa May met the first minister of Scotland.
      Protesters plan a march on the parliament.
      Over the last year, relations have soured.
      The 1990s were a decade of upheaval.
      About 2000 troops remain in the country.
      The third round of talks ended without a deal.
      The Sunday Times reported that the talks had collapsed.
      Relations between the two countries have improved recently.
      """)
  void wordsThatOnlyLookLikeDatesAreNotTimeExpressions(String text) {
    assertThat(resolve("2019-12-04", text)).isEmpty();
  }

  @Test
  void eachExpressionTakesTheTenseOfItsOwnClause() {
    String text = "Lavrov said on Tuesday that Pompeo will visit Moscow on 10 December.";
    assertThat(resolve("2019-12-04", text)).extracting(TimeExpression::text, e -> e.value().map(FuzzyDate::iso))
        .containsExactly(tuple("on Tuesday", Optional.of("2019-12-03")), tuple("on 10 December", Optional.of("2019-12-10")));
  }

  @Test
  void reportingVerbAfterTheClauseDoesNotOverrideItsFuture() {
    assertResolves("2019-06-20", "Pompeo will visit Moscow on 2 March, the ministry said.", "on 2 March", "2020-03-02");
  }

  @Test
  void resolutionUsesTheTenseOfTheSentenceTheExpressionIsIn() {
    String text = "The envoys met in Geneva. They will meet again on 2 March.";
    List<TextSpan> sentences = List.of(new TextSpan(0, 25), new TextSpan(26, text.length()));
    List<TimeExpression> found = resolver.resolve(text, sentences, Optional.of(FuzzyDate.parse("2019-06-20")));
    assertThat(found).singleElement().satisfies(e -> {
      assertThat(e.span().of(text)).isEqualTo("on 2 March");
      assertThat(e.value()).contains(FuzzyDate.parse("2020-03-02"));
    });
  }

  @Test
  void spansIndexIntoTextWithCurlyQuotesAndAccents() {
    String text = "“We will not give up,” Çavuşoğlu’s aide told reporters in Kyiv on 3 December.";
    TimeExpression e = resolve("2019-12-04", text).get(0);
    assertThat(e.span().of(text)).isEqualTo("on 3 December").isEqualTo(e.text());
    assertThat(e.span().start()).isEqualTo(text.indexOf("on 3 December"));
    assertThat(e.value()).contains(FuzzyDate.parse("2019-12-03"));
  }

  @Test
  void expressionsComeInDocumentOrder() {
    String text = "Šefčovič arrived yesterday. Talks resume on Friday. The deal was signed in 2018.";
    assertThat(resolve("2019-12-04", text)).extracting(TimeExpression::text)
        .containsExactly("yesterday", "on Friday", "in 2018");
  }

  @Test
  void emptyTextAndMissingSentencesGiveNoExpressionsAndNoError() {
    assertThat(resolver.resolve("", List.of(), Optional.empty())).isEmpty();
    assertThat(resolver.resolve("He resigned yesterday.", null, null)).singleElement()
        .satisfies(e -> assertThat(e.value()).isEmpty());
  }

  @Test
  void oneResolverGivesTheSameAnswersFromManyThreads() {
    String text = "On 3 December, Macron visited Moscow. Putin will travel to Paris next month.";
    List<TimeExpression> expected = resolve("2019-12-04", text);
    List<List<TimeExpression>> parallel = java.util.stream.IntStream.range(0, 200).parallel()
        .mapToObj(i -> resolve("2019-12-04", text)).toList();
    assertThat(parallel).allSatisfy(found -> assertThat(found).isEqualTo(expected));
  }

  private void assertResolves(String published, String text, String span, String value) {
    List<TimeExpression> found = resolve(published, text);
    assertThat(found).as("expressions in <%s>", text).filteredOn(e -> e.text().equals(span)).singleElement()
        .satisfies(e -> {
          assertThat(e.span().of(text)).isEqualTo(span);
          assertThat(e.value().map(FuzzyDate::iso)).isEqualTo("-".equals(value) ? Optional.empty() : Optional.of(value));
        });
  }

  private List<TimeExpression> resolve(String published, String text) {
    Optional<FuzzyDate> anchor = "-".equals(published) ? Optional.empty() : Optional.of(FuzzyDate.parse(published));
    return resolver.resolve(text, List.of(new TextSpan(0, text.length())), anchor);
  }
}
