package org.attache.store.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    for (Analysis a : corpus.batch(0, 200)) {
      String text = a.article().text();
      for (Entity e : a.entities()) {
        for (Mention m : e.mentions()) {
          assertThat(m.span().of(text)).isEqualTo(m.text());
        }
      }
      assertThat(a.quotes().get(0).span().of(text)).isEqualTo(a.quotes().get(0).text());
      assertThat(a.events().get(0).evidence().of(text)).isEqualTo(a.events().get(0).evidenceText());
    }
  }

  @Test
  void theBenchmarkRunsEveryQueryOnASmallStore(@TempDir Path dir) {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(corpus.batch(0, 500));
      assertThat(new QueryBenchmark(kb, corpus, 7).run(5)).hasSize(4).allSatisfy(f -> assertThat(f.p95()).isPositive());
    }
  }
}
