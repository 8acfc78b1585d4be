package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One knowledge base shared by many threads: queries running at the same time give the answers
 * they give alone, and queries running while batches are written see each batch whole or not at
 * all, never going back.
 */
class ConcurrentReadsTest {

  private static final int THREADS = 8;
  private static final int READERS = 3;
  private static final int WRITES = 12;

  @TempDir
  Path dir;

  @Test
  void parallelQueriesGiveTheAnswersTheyGiveAlone() throws Exception {
    try (KnowledgeBase w = KnowledgeBase.open(dir)) {
      w.add(Fixture.visitStory());
    }
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
      List<Object> alone = answers(kb);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<List<Object>>> runs = new ArrayList<>();
        for (int i = 0; i < THREADS * 3; i++) {
          runs.add(pool.submit(() -> answers(kb)));
        }
        for (Future<List<Object>> f : runs) {
          assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void queriesDuringWritesSeeWholeBatchesAndNeverGoBack() throws Exception {
    List<Analysis> story = Fixture.visitStory();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Long>> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
          readers.add(pool.submit(reader(kb, writing)));
        }
        Future<?> writer = pool.submit(() -> {
          for (int n = 0; n < WRITES; n++) {
            kb.add(List.of(copy(story.get(n % story.size()), n)));
          }
          writing.set(false);
          return null;
        });
        writer.get(120, TimeUnit.SECONDS);
        for (Future<Long> r : readers) {
          assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo((long) WRITES);
        }
      } finally {
        writing.set(false);
        pool.shutdownNow();
      }
      assertThat(kb.documents()).isEqualTo(WRITES);
      assertThat(kb.search(SearchQuery.of("Washington"))).hasSize(WRITES / 3);
    }
  }

  /** Reads the document count and a search until the writer stops; each answer must be a whole number of batches, never fewer than before. */
  private static Callable<Long> reader(KnowledgeBase kb, AtomicBoolean writing) {
    return () -> {
      long seen = 0;
      while (true) {
        boolean last = !writing.get();
        long documents = kb.documents();
        List<DocumentSummary> page = kb.documents(DocumentQuery.all(100));
        assertThat(documents).isGreaterThanOrEqualTo(seen);
        assertThat((long) page.size()).isGreaterThanOrEqualTo(seen);
        kb.search(SearchQuery.of("Baku"));
        seen = documents;
        if (last) {
          return seen;
        }
      }
    };
  }

  private static List<Object> answers(KnowledgeBase kb) {
    return List.of(kb.timeline("Russia", "Azerbaijan", Period.MONTH), kb.quotes(QuoteQuery.bySpeaker("Bayramov", 10)),
        kb.search(SearchQuery.of("Baku")).stream().map(SearchHit::doc).toList(), kb.actor("Lavrov"), kb.document("apa-1"),
        kb.graph(DateRange.ALL), kb.documents());
  }

  /** Returns the analysis as article {@code n} of a new id, so that each write adds one document. */
  private static Analysis copy(Analysis a, int n) {
    var art = a.article();
    var renamed = new org.attache.model.Article(art.id() + "-copy-" + n, art.title(), art.text() + " (" + n + ")", art.published(),
        art.outlet(), art.url(), art.author(), art.removed());
    return new Analysis(renamed, a.entities(), a.quotes(), a.events(), a.problems());
  }
}
