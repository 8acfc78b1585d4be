package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FoldingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void foldDropsAccentsAndCase() {
    assertThat(Folding.fold("Sergueï  LAVROV")).isEqualTo("serguei lavrov");
  }

  @Test
  void foldReadsRightSingleQuoteAsApostropheAndApostropheAsSpace() {
    assertThat(Folding.fold("Côte d’Ivoire")).isEqualTo("cote d ivoire");
  }

  @Test
  void foldKeepsLettersOfEveryScriptAndDropsPunctuationRuns() {
    assertThat(Folding.fold("  Москва, 北京!  ")).isEqualTo("москва 北京");
  }

  @Test
  void foldSpellsOutCompatibilityForms() {
    assertThat(Folding.fold("ﬁ ① ½")).isEqualTo("fi 1 1 2");
  }

  @Test
  void wordCharactersAreLettersNumbersAndUnderscoreAsInPython() {
    // a spacing mark (U+0903) and connector punctuation (U+203F) are \w in Java's Unicode mode but
    // not in Python's; a Bengali currency numerator (U+09F4, No) is \w in Python only
    assertThat(Folding.fold("a\u0903b x\u203fy a\u09f4b _under_score"))
        .isEqualTo("a b x y a\u09f4b _under_score");
  }

  @Test
  void capitalSigmaIsFinalByPythonsRuleNotJavasWordBoundaries() {
    assertThat(Folding.fold("ΟΔΟΣ")).isEqualTo("\u03bf\u03b4\u03bf\u03c2");
    // Java sees one word across the spacing mark and keeps a medial sigma; Python ends it there
    assertThat(Folding.fold("ΟΔΟΣ\u0903Α")).isEqualTo("\u03bf\u03b4\u03bf\u03c2 \u03b1");
    assertThat(Folding.lowerCase("ΣΑΣ.Α")).isEqualTo("\u03c3\u03b1\u03c3.\u03b1");
  }

  @Test
  void foldOfAValueThatIsNotTextFoldsItsPythonStr() throws Exception {
    assertThat(Folding.fold(JSON.readTree("null"))).isEmpty();
    assertThat(Folding.fold(JSON.readTree("true"))).isEqualTo("true");
    assertThat(Folding.fold(JSON.readTree("1e16"))).isEqualTo("1e 16");
    assertThat(Folding.fold(JSON.readTree("[\"a\", \"B\"]"))).isEqualTo("a b");
  }

  @Test
  void tokensAreTheWordsOfTheFold() {
    JsonNode text = JSON.getNodeFactory().textNode("Peace  TALKS, now!");
    assertThat(Folding.tokens(text)).containsExactly("peace", "talks", "now");
    assertThat(Folding.tokens(JSON.getNodeFactory().textNode(" ... "))).isEmpty();
  }
}
