package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FuzzyDateTest {

  @Test
  void parsesEachPrecisionAndPrintsItBack() {
    assertThat(FuzzyDate.parse("2019-12-03").iso()).isEqualTo("2019-12-03");
    assertThat(FuzzyDate.parse("2017-07").iso()).isEqualTo("2017-07");
    assertThat(FuzzyDate.parse("2022").iso()).isEqualTo("2022");
  }

  @Test
  void monthCoversItsDaysButNotTheNextMonth() {
    FuzzyDate july = FuzzyDate.parse("2017-07");
    assertThat(july.covers(FuzzyDate.parse("2017-07-31"))).isTrue();
    assertThat(july.covers(FuzzyDate.parse("2017-08-01"))).isFalse();
  }

  @Test
  void malformedDateNamesTheValue() {
    assertThatThrownBy(() -> FuzzyDate.parse("2017/07")).hasMessageContaining("2017/07");
  }

  @Test
  void spanRejectsEndBeforeStartWithBothValues() {
    assertThatThrownBy(() -> new TextSpan(12, 5)).hasMessageContaining("start=12").hasMessageContaining("end=5");
  }
}
