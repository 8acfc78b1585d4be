package org.attache.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoTableTest {

  private final CameoTable table = CameoTable.bundled();

  @Test
  void everyRootHasAnEntryWithTheQuadClassOfItsBand() {
    for (int root = 1; root <= 20; root++) {
      String code = String.format(java.util.Locale.ROOT, "%02d", root);
      int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertThat(table.lookup(code)).as(code).hasValueSatisfying(e -> assertThat(e.quadClass()).isEqualTo(expected));
    }
  }

  @Test
  void unknownSubcodeFallsBackToItsParent() {
    assertThat(table.lookup("0421").orElseThrow().code()).isEqualTo("042");
    assertThat(table.lookup("194").orElseThrow().code()).isEqualTo("19");
  }

  @Test
  void visitsAreMildlyCooperativeAndFightingMostConflictual() {
    assertThat(table.lookup("042").orElseThrow().goldstein()).isEqualTo(1.9);
    assertThat(table.lookup("190").orElseThrow().goldstein()).isEqualTo(-10.0);
  }

  @Test
  void everyCodeThePatternTableUsesHasItsOwnEntry() {
    for (VerbPattern p : VerbPatterns.bundled().all()) {
      assertThat(table.lookup(p.cameo()).map(CameoTable.Entry::code)).as(p.describe()).contains(p.cameo());
    }
  }

  @Test
  void thePatternTableCodesEveryRoot() {
    java.util.Set<String> roots = new java.util.TreeSet<>();
    VerbPatterns.bundled().all().forEach(p -> roots.add(p.cameo().substring(0, 2)));
    for (int root = 1; root <= 20; root++) {
      assertThat(roots).contains(String.format(java.util.Locale.ROOT, "%02d", root));
    }
  }
}
