package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store written with an older schema (the tables of schema-v1.sql or schema-v2.sql, filled with
 * the rows the fixture's articles gave) is refused read-only with a message saying how to migrate
 * it, migrated on a writable open, and then answers every query as a store written by this version
 * does.
 */
class MigrationTest {

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void olderStoreIsRefusedReadOnlyAndMigratedOnWritableOpen(int version) throws Exception {
    Path fresh = tmp.resolve("fresh");
    Path old = tmp.resolve("old");
    try (KnowledgeBase w = KnowledgeBase.open(fresh)) {
      w.add(Fixture.visitStory());
    }
    writeVersion(version, fresh, old);

    assertThatThrownBy(() -> KnowledgeBase.openReadOnly(old)).isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("schema version " + version).hasMessageContaining("attache ingest --store");

    try (KnowledgeBase migrated = KnowledgeBase.open(old)) {
      assertThat(migrated.documents()).isEqualTo(3);
    }
    try (KnowledgeBase a = KnowledgeBase.openReadOnly(fresh); KnowledgeBase b = KnowledgeBase.openReadOnly(old)) {
      for (String[] pair : new String[][] {{"Russia", "Azerbaijan"}, {"Azerbaijan", "Armenia"}, {"Bayramov", "Armenia"}, {"Lavrov", "Baku"}}) {
        for (Period by : Period.values()) {
          assertThat(b.timeline(pair[0], pair[1], by)).as(pair[0] + "/" + pair[1] + "/" + by).isEqualTo(a.timeline(pair[0], pair[1], by));
        }
      }
      assertThat(b.timeline("Azerbaijan", "Armenia", Period.YEAR).periods()).singleElement()
          .satisfies(p -> assertThat(p.quadCounts()).containsExactly(1, 0, 0, 0));
      assertThat(b.quotes(QuoteQuery.bySpeaker("Azerbaijan", 20))).isEqualTo(a.quotes(QuoteQuery.bySpeaker("Azerbaijan", 20)));
      assertThat(b.search(SearchQuery.of("Baku"))).extracting(SearchHit::doc, SearchHit::snippet)
          .isEqualTo(a.search(SearchQuery.of("Baku")).stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.doc(), h.snippet())).toList());
    }
    assertThat(KnowledgeBase.sql(old, "SELECT max(version) FROM schema_version", 1).rows()).containsExactly(List.of(3));
    assertThat(KnowledgeBase.sql(old, "SELECT source_id || '>' || target_id || ':' || source_country || '>' || target_country FROM events"
        + " ORDER BY event_id", 10).rows()).extracting(r -> r.get(0))
        .containsExactly("sergey-lavrov>aze:RUS>AZE", "sergey-lavrov>jeyhun-bayramov:RUS>AZE", "jeyhun-bayramov>ararat-mirzoyan:AZE>ARM");
    String evidence = "SELECT event_id, evidence, evidence_doc FROM events ORDER BY event_id";
    assertThat(KnowledgeBase.sql(old, evidence, 10).rows()).isEqualTo(KnowledgeBase.sql(fresh, evidence, 10).rows())
        .allSatisfy(r -> assertThat(r.get(1)).isNotNull());
    // the rewrite that filled the evidence also put the rows in the order timelines read them
    assertThat(KnowledgeBase.sql(old, "SELECT source_country FROM events", 10).rows()).extracting(r -> (String) r.get(0))
        .containsExactly("AZE", "RUS", "RUS");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void migratedStoreTakesNewArticlesOnTheNewColumns(int version) throws Exception {
    Path fresh = tmp.resolve("fresh");
    Path old = tmp.resolve("old");
    List<Analysis> story = Fixture.visitStory();
    try (KnowledgeBase w = KnowledgeBase.open(fresh)) {
      w.add(story.subList(0, 2));
    }
    writeVersion(version, fresh, old);
    try (KnowledgeBase w = KnowledgeBase.open(old)) {
      w.add(story.subList(2, 3));
    }
    try (KnowledgeBase b = KnowledgeBase.openReadOnly(old)) {
      assertThat(b.timeline("Armenia", "Azerbaijan", Period.MONTH).periods()).singleElement()
          .satisfies(p -> assertThat(p.start()).hasToString("2021-11-01"));
    }
  }

  @Test
  void storeWithoutAMigrationPathIsRefusedNamingTheVersions() throws Exception {
    Path fresh = tmp.resolve("fresh");
    Path old = tmp.resolve("old");
    try (KnowledgeBase w = KnowledgeBase.open(fresh)) {
      w.add(Fixture.visitStory());
    }
    writeVersion(1, fresh, old);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old.resolve("attache.duckdb")); Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 0");
    }
    assertThatThrownBy(() -> KnowledgeBase.open(old)).isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("schema version 0").hasMessageContaining("no migration from version 0");
  }

  /**
   * Writes, in {@code to}, a database of schema {@code version} holding the rows of the store in
   * {@code from}, in the columns that version has (no index: it is rebuilt).
   */
  private static void writeVersion(int version, Path from, Path to) throws SQLException, IOException {
    Files.createDirectories(to);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + to.resolve("attache.duckdb").toAbsolutePath());
         Statement s = c.createStatement()) {
      for (String statement : schemaStatements(version)) {
        s.execute(statement);
      }
      s.execute("INSERT INTO schema_version VALUES (" + version + ", 'attache 0.1.0', now())");
      s.execute("ATTACH '" + from.resolve("attache.duckdb").toAbsolutePath() + "' AS source (READ_ONLY)");
      for (String table : tables(c)) {
        String columns = String.join(", ", columns(c, table));
        s.execute("INSERT INTO main." + table + " (" + columns + ") SELECT " + columns + " FROM source." + table);
      }
      s.execute("DETACH source");
    }
  }

  /** The tables of the version being written, but for its schema_version. */
  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name ="
        + " current_database() AND schema_name = 'main' AND table_name <> 'schema_version' ORDER BY table_name")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var p = c.prepareStatement("SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main'"
        + " AND table_name = ? ORDER BY column_index")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  private static List<String> schemaStatements(int version) throws IOException {
    try (InputStream in = MigrationTest.class.getResourceAsStream("/org/attache/store/schema-v" + version + ".sql")) {
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      return List.of(sql.toString().split(";\\s*\n"));
    }
  }
}
