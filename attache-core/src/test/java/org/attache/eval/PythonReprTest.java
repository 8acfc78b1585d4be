package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonReprTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  @ParameterizedTest(name = "repr({0}) = {1}")
  @CsvSource(delimiter = ';', value = {
      "0.30000000000000004; 0.30000000000000004",
      "1e16; 1e+16",
      "1e15; 1000000000000000.0",
      "1e-5; 1e-05",
      "0.0001; 0.0001",
      "4.9e-324; 5e-324",
      "-0.0; -0.0",
      "1.7976931348623157e308; 1.7976931348623157e+308",
      "1152921504606846976.0; 1.152921504606847e+18",
      "100.0; 100.0",
      "0.6666666666666666; 0.6666666666666666",
      "0.0625; 0.0625",
      "NaN; nan",
      "-Infinity; -inf",
  })
  void floatReprIsPythonsShortestForm(String json, String repr) {
    assertThat(PythonRepr.reprFloat(json(json).doubleValue())).isEqualTo(repr);
  }

  @Test
  void reprOfAListQuotesAndEscapesItsStringsAsPythonDoes() {
    String list = "[1, \"a'b\", {\"k\": null}, \"q\\\"'\","
        + " \"\\n\\u0000\\u200d\\ud83d\\ude00\\u00a0\", 1.5, true, -0]";
    assertThat(PythonRepr.repr(json(list))).isEqualTo(
        "[1, \"a'b\", {'k': None}, 'q\"\\'', '\\n\\x00\\u200d\ud83d\ude00\\xa0', 1.5, True, 0]");
  }
}
