package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityTest {

  private static final int BATCHES = 12;
  private static final int SIZE = 25;

  @TempDir
  Path dir;

  @Test
  void anIngestKilledMidwayKeepsWholeBatchesAndARerunFinishesTheRest() throws Exception {
    try (Child child = Child.start("write", dir.toString(), Integer.toString(BATCHES), Integer.toString(SIZE))) {
      for (int i = 0; i < 3; i++) {
        assertThat(child.line()).startsWith("committed");
      }
      child.process.destroyForcibly();
      assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    long stored;
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      stored = kb.documents();
      assertThat(stored).isGreaterThanOrEqualTo(3L * SIZE).isLessThanOrEqualTo((long) BATCHES * SIZE);
      assertThat(stored % SIZE).as("only whole batches").isZero();
      assertThat(kb.indexLag()).isZero();
    }
    try (Child rerun = Child.start("write", dir.toString(), Integer.toString(BATCHES), Integer.toString(SIZE))) {
      assertThat(rerun.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(rerun.process.exitValue()).isZero();
    }
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
      assertThat(kb.documents()).isEqualTo((long) BATCHES * SIZE);
      assertThat(kb.quotes(QuoteQuery.bySpeaker("Bayramov", 100_000))).hasSize(BATCHES * SIZE);
      assertThat(kb.search(new SearchQuery("talks", java.util.Optional.empty(), java.util.Optional.empty(), DateRange.ALL, 10_000, false)))
          .hasSize(BATCHES * SIZE);
    }
    var ids = KnowledgeBase.sql(dir, "SELECT count(*) - count(DISTINCT doc_id) FROM documents", 1);
    assertThat(ids.rows().get(0).get(0)).isEqualTo(0L);
  }

  @Test
  void aSecondWriterIsToldThePidOfTheFirst() throws Exception {
    try (Child holder = Child.start("hold", dir.toString())) {
      assertThat(holder.line()).isEqualTo("locked");
      assertThatThrownBy(() -> KnowledgeBase.open(dir)).isInstanceOf(StoreInUseException.class)
          .hasMessageContaining("store is in use by PID " + holder.process.pid());
      holder.process.getOutputStream().close();
      assertThat(holder.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThat(kb.documents()).isZero();
    }
  }

  @Test
  void aSecondWriterInTheSameProcessIsRefusedToo() {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      assertThatThrownBy(() -> KnowledgeBase.open(dir)).isInstanceOf(StoreInUseException.class)
          .hasMessageContaining("PID " + ProcessHandle.current().pid());
    }
  }

  @Test
  void aStoreFromANewerSchemaIsRefusedWithTheFix() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory());
    }
    setVersion(99);
    assertThatThrownBy(() -> KnowledgeBase.open(dir)).isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining("upgrade Attaché");
    assertThatThrownBy(() -> KnowledgeBase.openReadOnly(dir)).isInstanceOf(SchemaVersionException.class);
  }

  @Test
  void aStoreFromAnOlderSchemaWithoutMigrationIsRefused() throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
      kb.add(Fixture.visitStory());
    }
    setVersion(0);
    assertThatThrownBy(() -> KnowledgeBase.open(dir)).isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("schema version 0").hasMessageContaining("no migration");
  }

  @Test
  void aDatabaseThatIsNotAStoreIsRefused() throws Exception {
    java.nio.file.Files.createDirectories(dir);
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("attache.duckdb")); var s = c.createStatement()) {
      s.execute("CREATE TABLE documents (x INTEGER)");
    }
    assertThatThrownBy(() -> KnowledgeBase.open(dir)).isInstanceOf(SchemaVersionException.class).hasMessageContaining("not an Attaché store");
  }

  private void setVersion(int v) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("attache.duckdb")); var s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = " + v);
    }
  }
}
