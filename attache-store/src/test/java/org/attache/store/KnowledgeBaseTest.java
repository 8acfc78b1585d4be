package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

  @TempDir
  Path dir;

  @Test
  void addingTheSameBatchTwiceChangesNothing() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      AddResult first = kb.add(Fixture.visitStory());
      AddResult second = kb.add(Fixture.visitStory());
      assertThat(first.added()).isEqualTo(3);
      assertThat(second).isEqualTo(new AddResult(0, 0, 3, 0, 0, 0));
      assertThat(kb.documents()).isEqualTo(3);
    }
    assertThat(count("SELECT count(*) FROM quotes")).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM event_mentions")).isEqualTo(4);
  }

  @Test
  void changedContentReplacesTheStoredArticle() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory());
      Analysis changed = Fixture.article("apa-2", "2021-11-20", "APA", "Ararat Mirzoyan said nothing.")
          .entity(Fixture.MIRZOYAN, null, "Ararat Mirzoyan").build();
      AddResult r = kb.add(List.of(changed));
      assertThat(r.replaced()).isEqualTo(1);
      assertThat(kb.documents()).isEqualTo(3);
      assertThat(kb.search(SearchQuery.of("Washington"))).isEmpty();
      assertThat(kb.search(SearchQuery.of("nothing"))).extracting(SearchHit::doc).containsExactly("apa-2");
    }
    assertThat(count("SELECT count(*) FROM quotes WHERE doc_id = 'apa-2'")).isZero();
    assertThat(count("SELECT count(*) FROM events WHERE location = 'Washington'")).isZero();
  }

  @Test
  void aCopyUnderAnotherIdIsMarkedDuplicateAndAddsNoFacts() {
    Analysis original = Fixture.visitStory().get(0);
    Analysis copy = new Analysis(new org.attache.model.Article("copy-1", original.article().title(), original.article().text(),
        original.article().published(), original.article().outlet(), original.article().url(), original.article().author(), List.of()),
        original.entities(), original.quotes(), original.events(), List.of());
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      AddResult r = kb.add(List.of(original, copy));
      assertThat(r.duplicates()).isEqualTo(1);
      assertThat(kb.search(SearchQuery.of("Baku"))).extracting(SearchHit::doc).containsExactly("tass-1");
    }
    assertThat(count("SELECT count(*) FROM documents WHERE duplicate_of = 'tass-1'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM quotes")).isEqualTo(1);
  }

  @Test
  void twoArticlesAboutOneVisitAreOneEventWithTwoMentions() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory().subList(0, 1));
      AddResult r = kb.add(Fixture.visitStory().subList(1, 2));
      assertThat(r.mergedEvents()).isEqualTo(1);
    }
    assertThat(count("SELECT count(*) FROM events WHERE root = '04' AND cameo = '042'")).isEqualTo(1);
    assertThat(count("SELECT mentions FROM events WHERE cameo = '042'")).isEqualTo(2);
    assertThat(count("SELECT count(DISTINCT doc_id) FROM event_mentions m JOIN events e USING (event_id) WHERE e.cameo = '042'")).isEqualTo(2);
  }

  @Test
  void anEventIsShownWithItsFirstTellingWhicheverArticleCameFirst() {
    String visit = "SELECT evidence_doc || ': ' || evidence FROM events WHERE cameo = '042'";
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory().subList(0, 1));
    }
    assertThat(text(visit)).isEqualTo("tass-1: Sergey Lavrov visited Baku on 13 October 2021.");
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory().subList(1, 2));
      EventQuery all = new EventQuery(Optional.empty(), Optional.empty(), DateRange.ALL, Optional.empty(), 0, 10);
      assertThat(kb.events(all)).filteredOn(e -> e.cameo().equals("042")).singleElement()
          .satisfies(e -> assertThat(e.evidence()).isEqualTo("Sergey Lavrov arrived in Baku"));
    }
    assertThat(text(visit)).isEqualTo("apa-1: Sergey Lavrov arrived in Baku");
  }

  @Test
  void replacingTheFirstTellingShowsTheEventWithTheNextOne() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory());
      kb.add(List.of(Fixture.article("apa-1", "2021-10-14", "APA", "Nothing happened in Baku.").build()));
    }
    assertThat(text("SELECT evidence_doc || ': ' || evidence FROM events WHERE cameo = '042'"))
        .isEqualTo("tass-1: Sergey Lavrov visited Baku on 13 October 2021.");
    assertThat(count("SELECT count(*) FROM events WHERE evidence_doc = 'apa-1'")).isZero();
  }

  @Test
  void theIndexWrittenBatchByBatchAnswersAsOneRebuiltFromTheDatabase() {
    List<Analysis> story = Fixture.visitStory();
    Analysis copy = new Analysis(new org.attache.model.Article("copy-1", story.get(0).article().title(), story.get(0).article().text(),
        story.get(0).article().published(), story.get(0).article().outlet(), story.get(0).article().url(), story.get(0).article().author(),
        List.of()), List.of(),
        List.of(), List.of(), List.of());
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(story.subList(0, 2));
      kb.add(List.of(story.get(2), copy));
      kb.add(List.of(Fixture.article("apa-1", "2021-10-14", "APA", "Jeyhun Bayramov stayed in Baku.")
          .entity(Fixture.BAYRAMOV, null, "Jeyhun Bayramov").build()));
      List<List<SearchHit>> batchByBatch = searches(kb);
      assertThat(batchByBatch.get(0)).extracting(SearchHit::doc).containsExactlyInAnyOrder("tass-1", "apa-1");
      assertThat(batchByBatch.get(3)).extracting(SearchHit::speaker)
          .containsExactlyInAnyOrder(Optional.of("Jeyhun Bayramov"), Optional.of("Sergey Lavrov"));
      kb.reindex();
      assertThat(searches(kb)).isEqualTo(batchByBatch);
    }
  }

  private static List<List<SearchHit>> searches(KnowledgeBase kb) {
    List<List<SearchHit>> out = new ArrayList<>();
    out.add(kb.search(SearchQuery.of("Baku")));
    out.add(kb.search(new SearchQuery("Baku OR Washington", Optional.of("Bayramov"), Optional.empty(), DateRange.ALL, 10, false)));
    out.add(kb.search(new SearchQuery("Lavrov", Optional.empty(), Optional.of("TASS"), DateRange.parse("2021-10", "2021-10"), 10, false)));
    out.add(kb.search(new SearchQuery("territories OR Karabakh", Optional.empty(), Optional.empty(), DateRange.ALL, 10, true)));
    return out;
  }

  @Test
  void anActorTwiceAmongAnArticlesEntitiesIsOneRoleThere() {
    Analysis twice = Fixture.article("tass-9", "2021-10-13", "TASS", "Lavrov spoke first. Later Sergey Lavrov left Baku.")
        .entity(Fixture.LAVROV, null, "Lavrov").entity(Fixture.LAVROV, "Foreign Minister of Russia", "Sergey Lavrov").build();
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(List.of(twice));
      assertThat(kb.actors(new ActorQuery(Optional.of("Lavrov"), Optional.empty(), Optional.empty(), 0, 10))).singleElement()
          .satisfies(a -> assertThat(a.documents()).isEqualTo(1));
    }
    assertThat(text("SELECT role || ' x' || mentions FROM roles")).isEqualTo("Foreign Minister of Russia x2");
    assertThat(count("SELECT count(*) FROM mentions")).isEqualTo(2);
  }

  @Test
  void theIndexIsRebuiltFromTheDatabaseWhenItsFolderIsLost() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory());
    }
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
      assertThat(kb.indexLag()).isEqualTo(3);
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.indexLag()).isZero();
      assertThat(kb.search(SearchQuery.of("Washington"))).extracting(SearchHit::doc).containsExactly("apa-2");
    }
  }

  @Test
  void sqlReadsViewsButCannotWriteOrReachFiles() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory());
    }
    SqlResult r = KnowledgeBase.sql(dir, "SELECT source, target, mentions FROM event_v WHERE cameo = '042'", 10);
    assertThat(r.rows()).singleElement().isEqualTo(java.util.List.of("Sergey Lavrov", "Azerbaijan", 2));
    assertThatThrownBy(() -> KnowledgeBase.sql(dir, "DELETE FROM documents", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(() -> KnowledgeBase.sql(dir, "COPY documents TO '" + dir.resolve("x.csv") + "'", 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String text(String sql) {
    return (String) KnowledgeBase.sql(dir, sql, 1).rows().get(0).get(0);
  }

  private long count(String sql) {
    return ((Number) KnowledgeBase.sql(dir, sql, 1).rows().get(0).get(0)).longValue();
  }
}
