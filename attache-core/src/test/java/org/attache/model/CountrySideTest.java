package org.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountrySideTest {

  @Test
  void countriesStandForThemselvesPeopleAndBodiesForTheirAffiliation() {
    assertThat(CountrySide.of(new Actor("aze", "Azerbaijan", EntityType.GPE, Optional.of("aze"), List.of()))).contains("AZE");
    assertThat(CountrySide.of(new Actor("ilham-aliyev", "Ilham Aliyev", EntityType.PERSON, Optional.of("AZE"), List.of()))).contains("AZE");
    assertThat(CountrySide.of(new Actor("mfa-aze", "Ministry", EntityType.ORG, Optional.of("AZE"), List.of()))).contains("AZE");
  }

  @Test
  void citiesPlacesAndTheUnaffiliatedStandForNone() {
    assertThat(CountrySide.of(new Actor("baku", "Baku", EntityType.GPE, Optional.of("AZE"), List.of()))).isEmpty();
    assertThat(CountrySide.of(new Actor("caspian", "Caspian Sea", EntityType.LOC, Optional.of("AZE"), List.of()))).isEmpty();
    assertThat(CountrySide.of(new Actor("un", "United Nations", EntityType.ORG, Optional.empty(), List.of()))).isEmpty();
  }
}
