package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final GoldScorer scorer = new GoldScorer();

  // gold and system documents are written with ' for " to keep them readable
  private static JsonNode doc(String json) {
    try {
      return JSON.readTree(json.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private Counts score(Facet facet, String gold, String system) {
    return scorer.score(Map.of("d", doc(gold)), Map.of("d", doc(system))).total().get(facet);
  }

  private static final String LAVROV = "{'entities': [{'name': 'Sergey Lavrov', 'type': 'PERSON',"
      + " 'aliases': ['Sergueï Lavrov', 'Lavrov']}, {'name': 'Azerbaijan', 'type': 'GPE'},"
      + " {'name': 'Russia', 'type': 'GPE', 'aliases': ['Russian Federation']}]";

  private static String goldWith(String extra) {
    return LAVROV + ", " + extra + "}";
  }

  @Test
  void entityMatchesGoldAliasWithAccentsFolded() {
    Counts c = score(Facet.ENTITIES, LAVROV + "}",
        "{'entities': [{'name': 'SERGUEI  lavrov', 'type': 'PERSON'}]}");
    assertThat(c).isEqualTo(new Counts(1, 1, 1, 3));
  }

  @Test
  void entityOfAnotherTypeDoesNotMatch() {
    Counts c = score(Facet.ENTITIES, LAVROV + "}",
        "{'entities': [{'name': 'Azerbaijan', 'type': 'LOC'}]}");
    assertThat(c).isEqualTo(new Counts(0, 1, 0, 3));
  }

  @Test
  void repeatedEntityIsNeitherRightNorWrong() {
    Counts c = score(Facet.ENTITIES, LAVROV + "}", "{'entities': ["
        + "{'name': 'Lavrov', 'type': 'PERSON'}, {'name': 'Sergey Lavrov', 'type': 'PERSON'},"
        + " {'name': 'Vladimir Putin', 'type': 'PERSON'}]}");
    assertThat(c).isEqualTo(new Counts(1, 2, 1, 3));
  }

  @Test
  void repeatOfAGoldEntityWithAnotherTypeCountsAsWrong() {
    Counts c = score(Facet.ENTITIES, LAVROV + "}", "{'entities': ["
        + "{'name': 'Russia', 'type': 'GPE'}, {'name': 'Russian Federation', 'type': 'ORG'}]}");
    assertThat(c).isEqualTo(new Counts(1, 2, 1, 3));
  }

  @Test
  void quoteMatchesWhenItHoldsHalfTheGoldTokens() {
    Counts c = score(Facet.QUOTES,
        goldWith("'quotes': [{'text': 'We build lasting peace', 'speaker': null}]"),
        "{'quotes': [{'text': 'peace, we said', 'speaker': null}]}");
    assertThat(c).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void quoteHoldingLessThanHalfTheGoldTokensDoesNotMatch() {
    Counts c = score(Facet.QUOTES,
        goldWith("'quotes': [{'text': 'We build lasting peace', 'speaker': null}]"),
        "{'quotes': [{'text': 'peace at last', 'speaker': null}]}");
    assertThat(c).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void eachSystemTokenCoversOneGoldTokenOnly() {
    Counts c = score(Facet.QUOTES,
        goldWith("'quotes': [{'text': 'no, no, no and yes'}]"),
        "{'quotes': [{'text': 'no yes'}]}");
    assertThat(c).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void quoteMatchesGoldGivenAsHashedTokens() throws Exception {
    String hashed = "['" + sha1Prefix("peace") + "', '" + sha1Prefix("talks") + "', '"
        + sha1Prefix("now") + "']";
    Counts c = score(Facet.QUOTES,
        goldWith("'quotes': [{'tokens_sha1': " + hashed + ", 'speaker': null}]"),
        "{'quotes': [{'text': 'Peace TALKS!', 'speaker': null}]}");
    assertThat(c).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void hashedTokensIgnoreAnyGoldText() throws Exception {
    Counts c = score(Facet.QUOTES,
        goldWith("'quotes': [{'tokens_sha1': ['" + sha1Prefix("war") + "'], 'text': 'peace'}]"),
        "{'quotes': [{'text': 'peace'}]}");
    assertThat(c).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void speakerMatchesByAlias() {
    Counts c = score(Facet.SPEAKERS,
        goldWith("'quotes': [{'text': 'we are grateful', 'speaker': 'Sergey Lavrov'}]"),
        "{'quotes': [{'text': 'we are grateful', 'speaker': 'lavrov'}]}");
    assertThat(c).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void wrongSpeakerStillFindsTheQuote() {
    String gold = goldWith("'quotes': [{'text': 'we are grateful', 'speaker': 'Sergey Lavrov'}]");
    String system = "{'quotes': [{'text': 'we are grateful', 'speaker': 'Russia'}]}";
    assertThat(score(Facet.QUOTES, gold, system)).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(score(Facet.SPEAKERS, gold, system)).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void speakerNullOnBothSidesCountsAsRight() {
    Counts c = score(Facet.SPEAKERS,
        goldWith("'quotes': [{'text': 'constructive talks', 'speaker': null}]"),
        "{'quotes': [{'text': 'constructive talks'}]}");
    assertThat(c).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void speakerNullOnOneSideOnlyIsWrong() {
    Counts c = score(Facet.SPEAKERS,
        goldWith("'quotes': [{'text': 'constructive talks', 'speaker': null}]"),
        "{'quotes': [{'text': 'constructive talks', 'speaker': 'Lavrov'}]}");
    assertThat(c).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void eventMatchesOnCameoRoot() {
    String gold = goldWith("'events': [{'cameo': '042', 'source': 'Sergey Lavrov',"
        + " 'target': 'Azerbaijan'}]");
    assertThat(score(Facet.EVENTS, gold, "{'events': [{'cameo': '043', 'source': 'Lavrov',"
        + " 'target': 'azerbaijan'}]}")).isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(score(Facet.EVENTS, gold, "{'events': [{'cameo': '051', 'source': 'Lavrov',"
        + " 'target': 'Azerbaijan'}]}")).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void eventDateAgreesToTheGoldsPrecision() {
    String monthGold = goldWith("'events': [{'cameo': '042', 'source': 'Russia',"
        + " 'target': 'Azerbaijan', 'date': '2019-12'}]");
    String dayGold = monthGold.replace("2019-12", "2019-12-03");
    assertThat(score(Facet.EVENTS, monthGold, systemEvent("'2019-12-03'")).goldFound()).isOne();
    assertThat(score(Facet.EVENTS, monthGold, systemEvent("'2019-11-30'")).goldFound()).isZero();
    assertThat(score(Facet.EVENTS, dayGold, systemEvent("'2019-12'")).goldFound()).isZero();
    assertThat(score(Facet.EVENTS, dayGold, systemEvent("'2019-12-04'")).goldFound()).isZero();
  }

  @Test
  void eventDateMissingOnEitherSideAgrees() {
    String gold = goldWith("'events': [{'cameo': '042', 'source': 'Russia',"
        + " 'target': 'Azerbaijan', 'date': '2019-12-03'}]");
    assertThat(score(Facet.EVENTS, gold, systemEvent("null")).goldFound()).isEqualTo(1);
    assertThat(score(Facet.EVENTS, gold.replace("'2019-12-03'", "null"), systemEvent("'1999'"))
        .goldFound()).isEqualTo(1);
  }

  private static String systemEvent(String date) {
    return "{'events': [{'cameo': '042', 'source': 'Russia', 'target': 'Azerbaijan',"
        + " 'date': " + date + "}]}";
  }

  @Test
  void consultationMatchesInEitherOrder() {
    Counts c = score(Facet.EVENTS,
        goldWith("'events': [{'cameo': '040', 'source': 'Russia', 'target': 'Azerbaijan'}]"),
        "{'events': [{'cameo': '046', 'source': 'Azerbaijan', 'target': 'Russian Federation'}]}");
    assertThat(c).isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void nonConsultationOrderMatters() {
    Counts c = score(Facet.EVENTS,
        goldWith("'events': [{'cameo': '057', 'source': 'Russia', 'target': 'Azerbaijan'}]"),
        "{'events': [{'cameo': '057', 'source': 'Azerbaijan', 'target': 'Russia'}]}");
    assertThat(c).isEqualTo(new Counts(0, 1, 0, 1));
  }

  @Test
  void goldTargetNullAcceptsAnyTarget() {
    String gold = goldWith("'events': [{'cameo': '111', 'source': 'Russia', 'target': null}]");
    assertThat(score(Facet.EVENTS, gold,
        "{'events': [{'cameo': '112', 'source': 'Russia', 'target': 'Azerbaijan'}]}"))
        .isEqualTo(new Counts(1, 1, 1, 1));
    assertThat(score(Facet.EVENTS, gold, "{'events': [{'cameo': '112', 'source': 'Russia'}]}"))
        .isEqualTo(new Counts(1, 1, 1, 1));
  }

  @Test
  void cameoIsComparedAsPythonTextOfItsValue() {
    String gold = goldWith("'events': [{'cameo': '042', 'source': 'Russia', 'target': null}]");
    // str(42)[:2] is '42', not '04'; a missing cameo is '' and a null one 'None'
    assertThat(score(Facet.EVENTS, gold, "{'events': [{'cameo': 42, 'source': 'Russia'}]}")
        .goldFound()).isZero();
    assertThat(score(Facet.EVENTS, gold.replace("'042'", "null"),
        "{'events': [{'cameo': 'Nope', 'source': 'Russia'}]}").goldFound()).isEqualTo(1);
  }

  @Test
  void greedyMatchingGivesEachGoldItemTheFirstFreeSystemItemItAccepts() {
    Counts c = score(Facet.QUOTES,
        goldWith("'quotes': [{'text': 'alpha beta'}, {'text': 'gamma delta'}]"),
        "{'quotes': [{'text': 'alpha beta gamma delta'}, {'text': 'alpha beta'}]}");
    assertThat(c).isEqualTo(new Counts(1, 2, 1, 2));
  }

  @Test
  void documentMissingFromSystemCountsAsEmpty() {
    Score s = scorer.score(Map.of("d", doc(goldWith("'quotes': [{'text': 'x'}]"))), Map.of());
    assertThat(s.total().get(Facet.ENTITIES)).isEqualTo(new Counts(0, 0, 0, 3));
    assertThat(s.total().get(Facet.QUOTES)).isEqualTo(new Counts(0, 0, 0, 1));
    assertThat(s.total().get(Facet.ENTITIES).prf()).isEqualTo(new Prf(0.0, 0.0, 0.0));
  }

  @Test
  void onlyDocsLimitsScoringToTheNamedGoldDocuments() {
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    gold.put("b", doc(LAVROV + "}"));
    gold.put("a", doc("{'entities': [{'name': 'Baku', 'type': 'GPE'}]}"));
    Score s = scorer.score(gold, Map.of(), Set.of("a", "zzz"));
    assertThat(s.perDocument()).containsOnlyKeys("a");
    assertThat(s.total().get(Facet.ENTITIES)).isEqualTo(new Counts(0, 0, 0, 1));
    assertThat(scorer.score(gold, Map.of(), Set.of()).perDocument().keySet())
        .containsExactly("b", "a");
  }

  @Test
  void totalsAddUpTheDocuments() {
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    gold.put("one", doc(LAVROV + "}"));
    gold.put("two", doc("{'entities': [{'name': 'Baku', 'type': 'GPE'}]}"));
    Map<String, JsonNode> system = Map.of(
        "one", doc("{'entities': [{'name': 'Russia', 'type': 'GPE'}]}"),
        "two", doc("{'entities': [{'name': 'Baku', 'type': 'GPE'},"
            + " {'name': 'X', 'type': 'ORG'}]}"));
    Score s = scorer.score(gold, system);
    assertThat(s.perDocument().get("one").get(Facet.ENTITIES)).isEqualTo(new Counts(1, 1, 1, 3));
    assertThat(s.perDocument().get("two").get(Facet.ENTITIES)).isEqualTo(new Counts(1, 2, 1, 1));
    assertThat(s.total().get(Facet.ENTITIES)).isEqualTo(new Counts(2, 3, 2, 4));
  }

  private static String sha1Prefix(String token) throws Exception {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    byte[] digest = sha1.digest(token.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 8);
  }
}
