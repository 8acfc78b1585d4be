package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void prfIsZeroWhereItsDenominatorIsZero() {
    assertThat(Counts.ZERO.prf()).isEqualTo(new Prf(0.0, 0.0, 0.0));
    assertThat(new Counts(0, 0, 0, 5).prf()).isEqualTo(new Prf(0.0, 0.0, 0.0));
    assertThat(new Counts(0, 3, 0, 0).prf()).isEqualTo(new Prf(0.0, 0.0, 0.0));
  }

  @Test
  void precisionIsOverSystemItemsAndRecallOverGoldItems() {
    Prf prf = new Counts(1, 2, 1, 4).prf();
    assertThat(prf.precision()).isEqualTo(0.5);
    assertThat(prf.recall()).isEqualTo(0.25);
    assertThat(prf.f1()).isEqualTo(2 * 0.5 * 0.25 / (0.5 + 0.25));
  }

  @Test
  void plusAddsEachCount() {
    assertThat(new Counts(1, 2, 3, 4).plus(new Counts(10, 20, 30, 40)))
        .isEqualTo(new Counts(11, 22, 33, 44));
  }

  @Test
  void countsRefuseMoreRightThanJudged() {
    assertThatThrownBy(() -> new Counts(3, 2, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("systemRight=3");
    assertThatThrownBy(() -> new Counts(0, 0, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goldFound=-1");
  }
}
