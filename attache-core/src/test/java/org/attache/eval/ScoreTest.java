package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTest {

  private static Score sample() {
    Map<Facet, Counts> total = new EnumMap<>(Facet.class);
    total.put(Facet.ENTITIES, new Counts(1, 2, 1, 4));
    total.put(Facet.QUOTES, new Counts(1, 16, 1, 3));
    total.put(Facet.SPEAKERS, Counts.ZERO);
    total.put(Facet.EVENTS, new Counts(2, 3, 2, 2));
    Map<String, Map<Facet, Counts>> perDocument = new LinkedHashMap<>();
    perDocument.put("only", total);
    return new Score(total, perDocument);
  }

  @Test
  void jsonIsWhatScorePyPrintsWithJson() {
    assertThat(sample().toJson()).isEqualTo("""
        {
         "total": {
          "entities": {
           "precision": 0.5,
           "recall": 0.25,
           "f1": 0.3333333333333333
          },
          "quotes": {
           "precision": 0.0625,
           "recall": 0.3333333333333333,
           "f1": 0.10526315789473684
          },
          "speakers": {
           "precision": 0.0,
           "recall": 0.0,
           "f1": 0.0
          },
          "events": {
           "precision": 0.6666666666666666,
           "recall": 1.0,
           "f1": 0.8
          }
         },
         "counts": {
          "entities": [
           1,
           2,
           1,
           4
          ],
          "quotes": [
           1,
           16,
           1,
           3
          ],
          "speakers": [
           0,
           0,
           0,
           0
          ],
          "events": [
           2,
           3,
           2,
           2
          ]
         }
        }""");
  }

  @Test
  void tableIsWhatScorePyPrintsRoundedHalfEvenFromTheExactValue() {
    // 1/16 prints as 0.062 in Python; Java's %.3f would print 0.063
    assertThat(sample().toTable()).isEqualTo(""
        + "                P      R     F1   (sys right/sys, gold found/gold)\n"
        + "entities    0.500  0.250  0.333   (1/2, 1/4)\n"
        + "quotes      0.062  0.333  0.105   (1/16, 1/3)\n"
        + "speakers    0.000  0.000  0.000   (0/0, 0/0)\n"
        + "events      0.667  1.000  0.800   (2/3, 2/2)");
  }

  @Test
  void scoreKeepsItsOwnUnmodifiableCopies() {
    Map<Facet, Counts> total = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      total.put(facet, Counts.ZERO);
    }
    Score score = new Score(total, Map.of());
    total.put(Facet.EVENTS, new Counts(1, 1, 1, 1));
    assertThat(score.total().get(Facet.EVENTS)).isEqualTo(Counts.ZERO);
    assertThatThrownBy(() -> score.total().put(Facet.EVENTS, Counts.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void scoreRefusesATotalWithoutEveryFacet() {
    assertThatThrownBy(() -> new Score(Map.of(Facet.ENTITIES, Counts.ZERO), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quotes");
  }

  @Test
  void facetKeysAreScorePysInItsOrder() {
    assertThat(Facet.values()).extracting(Facet::key)
        .containsExactly("entities", "quotes", "speakers", "events");
  }
}
