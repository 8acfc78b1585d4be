package org.attache.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {

  @TempDir
  Path dir;

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void bundledRegistryKnowsCountriesCapitalsAndMinisters() {
    ActorRegistry r = ActorRegistry.bundled();
    assertThat(r.country("AZE")).hasValueSatisfying(a -> assertThat(a.actor().name()).isEqualTo("Azerbaijan"));
    assertThat(r.countryOfMetonym("Kremlin")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("rus"));
    assertThat(r.countryOfAdjective("Azeri")).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("aze"));
    assertThat(r.holders("FOREIGN_MINISTER", "RUS", FuzzyDate.parse("2019-12-04")))
        .singleElement().satisfies(t -> assertThat(t.holder()).isEqualTo("sergey-lavrov"));
  }

  @Test
  void userFileAddsAnActorAndItsRole() throws Exception {
    Path actors = file("mine.tsv", "id\tname\ttype\tcountry\taliases\tadjectives\tmetonyms\n"
        + "aydan-karimli\tAydan Karimli\tPERSON\tAZE\tAydan Kerimli\t\t\n");
    Path roles = file("my-roles.tsv", "actor\toffice\tcountry\tstart\tend\ttitle\n"
        + "aydan-karimli\tSPOKESPERSON\tAZE\t2030-01-01\t\tSpokesperson of the Azerbaijani Foreign Ministry\n");
    ActorRegistry r = ActorRegistry.load(List.of(actors, roles), true);
    assertThat(r.named("Aydan Kerimli")).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("aydan-karimli"));
    assertThat(r.rolesAt("aydan-karimli", FuzzyDate.parse("2031"))).hasSize(1);
  }

  @Test
  void malformedLineIsReportedWithFileAndLineAndSkipped() throws Exception {
    Path bad = file("bad.tsv", "id\tname\ttype\tcountry\taliases\tadjectives\tmetonyms\n"
        + "ok-one\tOk One\tORG\t\t\t\t\n"
        + "broken\tonly three\tfields\n");
    ActorRegistry r = ActorRegistry.load(List.of(bad), false);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("bad.tsv:3"));
    assertThat(r.byId("ok-one")).isPresent();
  }

  @Test
  void strictModeFailsOnAMalformedLine() throws Exception {
    Path bad = file("bad.tsv", "id\tname\ttype\tcountry\taliases\tadjectives\tmetonyms\nx\tX\tNOPE\t\t\t\t\n");
    assertThatThrownBy(() -> ActorRegistry.load(List.of(bad), true)).hasMessageContaining("bad.tsv:2");
  }

  @Test
  void aliasClaimedByTwoActorsIsReported() throws Exception {
    Path twice = file("twice.tsv", "id\tname\ttype\tcountry\taliases\tadjectives\tmetonyms\n"
        + "first-co\tFirst Co\tORG\t\tShared Name\t\t\n"
        + "second-co\tSecond Co\tORG\t\tShared Name\t\t\n");
    ActorRegistry r = ActorRegistry.load(List.of(twice), false);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("Shared Name").contains("first-co").contains("second-co"));
  }

  @Test
  void twoHoldersOfOneOfficeOnTheSameDaysAreReported() throws Exception {
    Path roles = file("clash.tsv", "actor\toffice\tcountry\tstart\tend\ttitle\n"
        + "first-minister\tFOREIGN_MINISTER\tXYZ\t2030-01-01\t2031-06-30\tForeign Minister\n"
        + "second-minister\tFOREIGN_MINISTER\tXYZ\t2031-01-01\t\tForeign Minister\n");
    ActorRegistry r = ActorRegistry.load(List.of(roles), false);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("first-minister").contains("second-minister").contains("FOREIGN_MINISTER"));
  }

  @Test
  void handOverOnOneDayIsNoConflict() throws Exception {
    Path roles = file("handover.tsv", "actor\toffice\tcountry\tstart\tend\ttitle\n"
        + "first-minister\tFOREIGN_MINISTER\tXYZ\t2030-01-01\t2031-01-01\tForeign Minister\n"
        + "second-minister\tFOREIGN_MINISTER\tXYZ\t2031-01-01\t\tForeign Minister\n");
    assertThat(ActorRegistry.load(List.of(roles), false).warnings()).noneMatch(w -> w.contains("first-minister"));
  }
}
