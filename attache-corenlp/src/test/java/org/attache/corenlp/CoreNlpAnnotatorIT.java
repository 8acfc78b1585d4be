package org.attache.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.attache.model.Article;
import org.attache.model.Sentence;
import org.attache.model.Token;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.CueParseSelector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CoreNLP backend on real text: offsets, tags, and parses only where a cue asks for one. */
class CoreNlpAnnotatorIT {

  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(CoreNlpSettings.defaults(), new CueParseSelector(Set.of("say"), Set.of("visit"), Set.of("meeting")));
  }

  private static AnnotatedText annotate(String text) {
    return annotator.annotate(Article.of("it", "t", text));
  }

  @Test
  void everyTokenSpanPointsAtItsWordInTheText() {
    String text = "Azerbaijan’s president met Sergey Lavrov in Baku on 3 December.\n\n“We are ready,” he said.";
    AnnotatedText a = annotate(text);
    for (Token t : a.tokens()) {
      assertThat(t.span().of(text)).isEqualTo(t.word());
    }
  }

  @Test
  void namesAreTaggedWithTheThreeClassModel() {
    AnnotatedText a = annotate("Russian Foreign Minister Sergey Lavrov met Ilham Aliyev in Baku.");
    assertThat(a.tokens()).filteredOn(t -> t.word().equals("Lavrov")).singleElement().satisfies(t -> assertThat(t.ner()).isEqualTo("PERSON"));
    assertThat(a.tokens()).filteredOn(t -> t.word().equals("Baku")).singleElement().satisfies(t -> assertThat(t.ner()).isEqualTo("LOCATION"));
  }

  @Test
  void onlySentencesWithACueWordAreParsed() {
    AnnotatedText a = annotate("Lavrov said the talks were useful. The weather in Baku was warm. Lavrov visited Yerevan.");
    assertThat(a.sentences()).extracting(Sentence::parsed).containsExactly(true, false, true);
    Sentence first = a.sentences().get(0);
    assertThat(first.dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
  }

  @Test
  void lemmasAndPartsOfSpeechAreFilled() {
    AnnotatedText a = annotate("The ministers visited Moscow.");
    Token visited = a.tokens().stream().filter(t -> t.word().equals("visited")).findFirst().orElseThrow();
    assertThat(visited.lemma()).isEqualTo("visit");
    assertThat(visited.pos()).isEqualTo("VBD");
  }
}
