package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class PythonValuesTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @Test
  void strOfJsonValuesIsPythons() {
    assertThat(PythonValues.str(json("null"))).isEqualTo("None");
    assertThat(PythonValues.str(json("false"))).isEqualTo("False");
    assertThat(PythonValues.str(json("123456789012345678901234567890")))
        .isEqualTo("123456789012345678901234567890");
    assertThat(PythonValues.str(json("\"plain\""))).isEqualTo("plain");
    assertThat(PythonValues.str(json("[\"a\", 1.0]"))).isEqualTo("['a', 1.0]");
  }

  @Test
  void truthIsPythons() {
    for (String falsy : new String[] {"null", "false", "0", "0.0", "-0.0", "\"\"", "[]", "{}"}) {
      assertThat(PythonValues.truthy(json(falsy))).as(falsy).isFalse();
    }
    for (String truthy : new String[] {"true", "-1", "NaN", "\" \"", "[null]", "{\"a\": 0}"}) {
      assertThat(PythonValues.truthy(json(truthy))).as(truthy).isTrue();
    }
  }

  @Test
  void equalityIsPythons() {
    assertThat(PythonValues.equal(json("1"), json("1.0"))).isTrue();
    assertThat(PythonValues.equal(json("true"), json("1"))).isTrue();
    assertThat(PythonValues.equal(json("[1, {\"a\": 0}]"), json("[1.0, {\"a\": false}]"))).isTrue();
    assertThat(PythonValues.equal(json("9007199254740993"), json("9007199254740992.0"))).isFalse();
    assertThat(PythonValues.equal(json("NaN"), json("NaN"))).isFalse();
    assertThat(PythonValues.equal(json("\"1\""), json("1"))).isFalse();
    assertThat(PythonValues.equal(json("null"), null)).isTrue();
  }

  @Test
  void itemsOfAStringAreItsCodePointsAndOfAnObjectItsKeys() {
    assertThat(PythonValues.items(json("\"a\\ud83d\\ude00\""))).hasSize(2);
    assertThat(PythonValues.items(json("{\"x\": 1, \"y\": 2}")))
        .extracting(JsonNode::textValue).containsExactly("x", "y");
    assertThat(PythonValues.items(json("null"))).isEmpty();
    assertThatThrownBy(() -> PythonValues.items(json("5")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefixAndStartsWithCountCodePointsLikePython() {
    assertThat(PythonValues.prefix("\ud83d\ude00\ud83d\ude01x", 2))
        .isEqualTo("\ud83d\ude00\ud83d\ude01");
    assertThat(PythonValues.prefix("0", 2)).isEqualTo("0");
    assertThat(PythonValues.startsWith("\ud83d\ude00", "\ud83d")).isFalse();
    assertThat(PythonValues.startsWith("2019-12-03", "2019-12")).isTrue();
  }

  @Test
  void readingAFieldOfANonObjectFailsAsInPython() {
    assertThatThrownBy(() -> PythonValues.get(json("\"x\""), "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }
}
