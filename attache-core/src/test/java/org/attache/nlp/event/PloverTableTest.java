package org.attache.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverTableTest {

  private final PloverTable table = PloverTable.bundled();

  @Test
  void longestPrefixGivesTheMode() {
    assertThat(table.lookup("041")).hasValueSatisfying(p -> {
      assertThat(p.type()).isEqualTo("CONSULT");
      assertThat(p.mode()).contains("phone");
    });
    assertThat(table.lookup("046")).hasValueSatisfying(p -> assertThat(p.mode()).isEmpty());
  }

  @Test
  void praiseIsSupportAndSigningIsAgree() {
    assertThat(table.lookup("051")).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo("SUPPORT"));
    assertThat(table.lookup("057")).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo("AGREE"));
  }

  @Test
  void publicStatementsHaveNoPloverType() {
    assertThat(table.lookup("010")).isEmpty();
  }
}
