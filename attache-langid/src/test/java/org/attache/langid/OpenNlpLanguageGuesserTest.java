package org.attache.langid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenNlpLanguageGuesserTest {

  private static OpenNlpLanguageGuesser guesser;

  @BeforeAll
  static void load() {
    guesser = OpenNlpLanguageGuesser.load();
  }

  @Test
  void englishNewsIsEnglish() {
    String text = "The foreign ministers of the two neighbouring republics met in Tbilisi on Friday for the first direct talks in "
        + "four months, with the host government acting as mediator. The meeting lasted more than five hours.";
    assertThat(guesser.guess(text)).hasValueSatisfying(g -> assertThat(g.english()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "fra|Les ministres des affaires étrangères des deux républiques voisines se sont rencontrés à Tbilissi vendredi pour les "
          + "premiers pourparlers directs depuis quatre mois, avec le gouvernement hôte comme médiateur.",
      "rus|Министры иностранных дел двух соседних республик встретились в Тбилиси в пятницу для первых прямых переговоров за "
          + "четыре месяца, при посредничестве принимающего правительства.",
      "deu|Die Außenminister der beiden Nachbarrepubliken trafen sich am Freitag in Tiflis zu den ersten direkten Gesprächen seit "
          + "vier Monaten, wobei die Gastregierung als Vermittler auftrat."})
  void newsInAnotherLanguageIsThatLanguage(String language, String text) {
    assertThat(guesser.guess(text)).hasValueSatisfying(g -> assertThat(g.language()).isEqualTo(language));
  }

  @Test
  void headlineOfNamesAloneIsUndetermined() {
    assertThat(guesser.guess("Lavrov, Bayramov and Mirzoyan met in Moscow")).isEmpty();
  }
}
