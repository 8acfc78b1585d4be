package org.attache.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenseDetectorTest {

  private final TenseDetector detector = new TenseDetector();

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Macron visited Moscow on 3 December.                   | on 3 December | PAST
      Macron will visit Moscow on 3 December.                | on 3 December | FUTURE
      Macron visits Moscow on 3 December.                    | on 3 December | PRESENT
      Macron would visit Moscow on 3 December.               | on 3 December | PRESENT
      The vote will be held on 3 December.                   | on 3 December | FUTURE
      The summit was expected to open on 3 December.         | on 3 December | PRESENT
      Talks ended on 3 December without a deal.              | on 3 December | PAST
      Talks are scheduled for 3 December.                    | 3 December    | FUTURE
      Talks are set to resume on 3 December.                 | on 3 December | FUTURE
      Talks were postponed until 3 December.                 | 3 December    | PRESENT
      The United Nations meets on 3 December.                | on 3 December | PRESENT
      The envoy’ll arrive on 3 December.                     | on 3 December | FUTURE
      On 3 December, the envoy said, the talks will resume.  | On 3 December | PAST
      """)
  void nearestCueWordTellsTheTenseAnExpressionIsUsedIn(String sentence, String expression, Tense expected) {
    int start = sentence.indexOf(expression);
    TextSpan span = new TextSpan(start, start + expression.length());
    assertThat(detector.tenseAt(sentence, new TextSpan(0, sentence.length()), span)).isEqualTo(expected);
  }
}
