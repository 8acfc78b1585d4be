package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetLoaderTest {

  @TempDir
  Path dir;

  @Test
  void aStoresParquetExportLoadsIntoAnotherStoreWithTheSameFacts() {
    Path first = dir.resolve("first");
    Path export = dir.resolve("export");
    Path second = dir.resolve("second");
    List<SearchHit> hits;
    try (KnowledgeBase kb = KnowledgeBase.open(first)) {
      kb.add(Fixture.visitStory());
      kb.export(ExportFormat.PARQUET, export);
      hits = kb.search(SearchQuery.of("Baku"));
    }
    try (KnowledgeBase kb = KnowledgeBase.open(second)) {
      AddResult r = ParquetLoader.load(kb, export, 2);
      assertThat(r.added()).isEqualTo(3);
      assertThat(kb.search(SearchQuery.of("Baku"))).extracting(SearchHit::doc).isNotEmpty()
          .containsExactlyElementsOf(hits.stream().map(SearchHit::doc).toList());
    }
    for (String sql : new String[] {"SELECT count(*) FROM quotes", "SELECT count(*) FROM event_mentions", "SELECT count(*) FROM events",
        "SELECT count(*) FROM mentions", "SELECT count(DISTINCT cue) FROM quotes", "SELECT count(*) FROM quote_about"}) {
      assertThat(count(second, sql)).as(sql).isEqualTo(count(first, sql));
    }
  }

  @Test
  void aFolderThatIsNotThereIsTheCallersMistake() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("s"))) {
      assertThatThrownBy(() -> ParquetLoader.load(kb, dir.resolve("missing"), 10)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("missing");
    }
  }

  private static long count(Path store, String sql) {
    return ((Number) KnowledgeBase.sql(store, sql, 1).rows().get(0).get(0)).longValue();
  }
}
