package org.attache.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void foldForgivesCaseAccentsPossessiveAndLeadingThe() {
    assertThat(Names.fold("Erdoğan")).isEqualTo(Names.fold("erdogan"));
    assertThat(Names.fold("the Kremlin")).isEqualTo("kremlin");
    assertThat(Names.fold("Azerbaijan\u2019s")).isEqualTo("azerbaijan");
  }

  @Test
  void skeletonJoinsTransliterationVariants() {
    assertThat(Names.skeleton("Sergei Lavrov")).isEqualTo(Names.skeleton("Sergey Lavrov"));
    assertThat(Names.skeleton("Mamedov")).isEqualTo(Names.skeleton("Mammadov"));
    assertThat(Names.skeleton("Bairamov")).isEqualTo(Names.skeleton("Bayramov"));
    assertThat(Names.skeleton("Aliev")).isEqualTo(Names.skeleton("Aliyev"));
  }

  @Test
  void skeletonKeepsDifferentSurnamesApart() {
    assertThat(Names.skeleton("Mammadov")).isNotEqualTo(Names.skeleton("Mammadyarov"));
    assertThat(Names.skeleton("Hajiyev")).isNotEqualTo(Names.skeleton("Aliyev"));
  }

  @Test
  void distanceCountsOneDroppedLetterAsOneEdit() {
    assertThat(Names.distance("mnatsaknyan", "mnatsakanyan", 2)).isEqualTo(1);
    assertThat(Names.distance("pashinyan", "pashkina", 2)).isGreaterThan(2);
  }
}
