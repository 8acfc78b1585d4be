package org.attache.store.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.Analysis;
import org.attache.model.Entity;
import org.attache.model.Mention;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

  private final SyntheticCorpus corpus = new SyntheticCorpus(ActorRegistry.bundled(), 7);

  @Test
  void theSameSeedAndNumberWriteTheSameArticle() {
    assertThat(corpus.article(42)).isEqualTo(new SyntheticCorpus(ActorRegistry.bundled(), 7).article(42));
    assertThat(corpus.article(42).article().text()).isNotEqualTo(corpus.article(43).article().text());
  }

  @Test
  void everySpanCoversTheWordsItClaims() {
    for (SyntheticCorpus c : List.of(corpus, new SyntheticCorpus(ActorRegistry.bundled(), 7, 5))) {
      for (Analysis a : c.batch(0, 200)) {
        String text = a.article().text();
        for (Entity e : a.entities()) {
          for (Mention m : e.mentions()) {
            assertThat(m.span().of(text)).isEqualTo(m.text());
          }
        }
        a.quotes().forEach(q -> assertThat(q.span().of(text)).isEqualTo(q.text()));
        a.events().forEach(e -> assertThat(e.evidence().of(text)).isEqualTo(e.evidenceText()));
      }
    }
  }

  @Test
  void moreParagraphsMakeArticlesOfNewsLengthThatBeginAsTheShortOnes() {
    SyntheticCorpus longer = new SyntheticCorpus(ActorRegistry.bundled(), 7, 5);
    Analysis a = longer.article(42);
    assertThat(a.article().text().split("\n\n")).hasSize(5);
    assertThat(a.article().text().split("\\s+").length).isBetween(250, 600);
    var speakers = a.quotes().stream().map(q -> q.speaker().orElseThrow()).toList();
    assertThat(speakers).hasSize(5).containsExactly(speakers.get(0), speakers.get(1), speakers.get(0), speakers.get(1), speakers.get(0));
    assertThat(speakers.get(0)).isNotEqualTo(speakers.get(1));
    assertThat(a.events()).hasSize(5);
    assertThat(a.article().text()).startsWith(corpus.article(42).article().text());
  }

  @Test
  void theBenchmarkRunsEveryQueryOnASmallStore(@TempDir Path dir) {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(corpus.batch(0, 500));
      assertThat(new QueryBenchmark(kb, corpus, 7).run(5)).hasSize(4).allSatisfy(f -> assertThat(f.p95()).isPositive());
    }
  }
}
