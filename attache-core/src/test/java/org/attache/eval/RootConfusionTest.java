package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RootConfusionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode doc(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  private static final String GOLD = "{'entities': [{'name': 'Sergey Lavrov', 'type': 'PERSON', 'aliases': ['Lavrov']},"
      + " {'name': 'Azerbaijan', 'type': 'GPE'}, {'name': 'Armenia', 'type': 'GPE'}], 'events': ["
      + "{'cameo': '042', 'source': 'Sergey Lavrov', 'target': 'Azerbaijan', 'date': '2019-12-03'},"
      + "{'cameo': '051', 'source': 'Sergey Lavrov', 'target': 'Armenia', 'date': null},"
      + "{'cameo': '111', 'source': 'Azerbaijan', 'target': 'Armenia', 'date': null}]}";

  @Test
  void tellsAWrongCodeFromAMissAndASpuriousEvent() throws Exception {
    JsonNode system = doc("{'events': ["
        + "{'cameo': '043', 'source': 'Azerbaijan', 'target': 'Lavrov', 'date': '2019-12-03'},"
        + "{'cameo': '111', 'source': 'Lavrov', 'target': 'Armenia', 'date': null},"
        + "{'cameo': '190', 'source': 'Armenia', 'target': 'Azerbaijan', 'date': null}]}");

    RootConfusion c = RootConfusion.of(Map.of("d", doc(GOLD)), Map.of("d", system));

    assertThat(c.count("04", "04")).as("a visit either way round, 043 for 042").isEqualTo(1);
    assertThat(c.count("05", "11")).as("praise coded as criticism").isEqualTo(1);
    assertThat(c.count("11", "none")).as("the reverse direction is not the same actors").isEqualTo(1);
    assertThat(c.count("none", "19")).as("a system event no gold event has").isEqualTo(1);
    assertThat(c.toTable()).startsWith("gold\\sys").contains("none");
  }

  @Test
  void aDateThatDisagreesIsNotTheSameEvent() throws Exception {
    JsonNode system = doc("{'events': [{'cameo': '042', 'source': 'Lavrov', 'target': 'Azerbaijan', 'date': '2019-11-03'}]}");

    RootConfusion c = RootConfusion.of(Map.of("d", doc(GOLD)), Map.of("d", system));

    assertThat(c.count("04", "none")).isEqualTo(1);
    assertThat(c.count("none", "04")).isEqualTo(1);
  }
}
