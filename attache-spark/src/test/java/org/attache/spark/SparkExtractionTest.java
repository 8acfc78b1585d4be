package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.attache.spark.internal.PipelineHolder;
import org.attache.spark.internal.Tables;
import org.attache.store.ExportFormat;
import org.attache.store.KnowledgeBase;
import org.attache.store.ParquetLoader;
import org.attache.store.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode on a pipeline of stub stages: no model is loaded. */
class SparkExtractionTest {

  @TempDir
  static Path dir;

  private static SparkSession spark;
  private static Path out;
  private static SparkExtraction.Summary summary;

  @BeforeAll
  static void runTheJobOnce() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("vienna.txt"), "Aliyev met Pashinyan in Vienna. \"We talked,\" he said.");
    write(in.resolve("nested/other.txt"), "Pashinyan met Aliyev.");
    write(in.resolve("crash.txt"), "Aliyev CRASH");
    write(in.resolve("french.txt"), "Le ministre des Affaires étrangères a rencontré hier son homologue à Bakou. Les deux pays ont "
        + "signé un accord sur la coopération économique et ont promis de poursuivre le dialogue dans les prochains mois.");
    Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
    write(in.resolve("index.tsv"), "doc\tpublished\tnot an article\n");
    write(in.resolve("feed.jsonl"), "{\"id\":\"j1\",\"title\":\"T\",\"published\":\"2020-11-11\",\"outlet\":\"Wire\",\"text\":\"Aliyev met Pashinyan.\"}\n"
        + "this line is not JSON\n"
        + "{\"title\":\"no id\",\"published\":\"2020-12-01\",\"text\":\"Pashinyan spoke.\"}\n");
    Path meta = write(dir.resolve("meta.tsv"), "doc\tpublished\toutlet\nvienna\t2020-11-10\tKura Herald\nother\t2020-11-12\tAras Courier\n");
    spark = SparkSession.builder().master("local[1]").appName("test").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.serializer.extraDebugInfo", "false").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    spark.sparkContext().addFile(meta.toString());
    out = dir.resolve("out");
    summary = SparkExtraction.run(spark, new SparkExtraction.Job(List.of(in.toString()), out.toString(), Optional.of("meta.tsv"), 3, false, false),
        new FakePipeline());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void badRecordsGoToTheProblemsTableWithTheirReasonAndTheRestIsExtracted() {
    List<String> problems = rows("problems", "doc_id || ' ' || stage || ': ' || message");
    assertThat(problems).anyMatch(p -> p.startsWith("crash events: IllegalStateException: the stub annotator fails on CRASH")
        || p.startsWith("crash annotate: IllegalStateException: the stub annotator fails on CRASH"));
    assertThat(problems).anyMatch(p -> p.startsWith("binary read: ") && p.contains("binary"));
    assertThat(problems).anyMatch(p -> p.startsWith("feed#2 read: not a JSON object"));
    assertThat(problems).anyMatch(p -> p.startsWith("french skipped: not English (fr"));
    assertThat(rows("documents", "doc_id")).containsExactlyInAnyOrder("vienna", "other", "crash", "j1", "feed#3");
    assertThat(summary.documents()).isEqualTo(5);
  }

  @Test
  void theSameMeetingToldByThreeArticlesEitherWayRoundIsOneEvent() {
    assertThat(rows("events", "cameo || ' ' || pair_key || ' ' || location || ' ' || mentions")).containsExactly("040 aliyev~pashinyan Vienna 3");
    assertThat(rows("event_mentions", "doc_id")).containsExactlyInAnyOrder("vienna", "other", "j1");
    assertThat(summary.tellings()).isEqualTo(3);
    assertThat(summary.events()).isEqualTo(1);
  }

  @Test
  void tablesArePartitionedByPublicationMonth() {
    assertThat(out.resolve("documents/month=2020-11")).isDirectory();
    assertThat(out.resolve("documents/month=2020-12")).isDirectory();
    assertThat(out.resolve("problems/month=undated")).isDirectory();
    assertThat(rows("quotes", "doc_id || ' ' || text || ' ' || speaker_id || ' ' || cast(day AS STRING) || ' ' || outlet"))
        .containsExactly("vienna We talked, aliyev 2020-11-10 Kura Herald");
  }

  @Test
  void thePipelineIsBuiltOnceForTheWholeJob() {
    assertThat(FakePipeline.BUILDS.get()).isEqualTo(1);
  }

  @Test
  void everyTableHasTheColumnsAndTypesOfTheStoresParquetExport() {
    Path store = dir.resolve("store");
    Path export = dir.resolve("export");
    try (KnowledgeBase kb = KnowledgeBase.open(store)) {
      Article a = Article.of("x", "t", "Aliyev met Pashinyan.").withPublished(FuzzyDate.parse("2020-11-10"));
      kb.add(List.of(PipelineHolder.get(new FakePipeline()).analyze(a)));
      kb.export(ExportFormat.PARQUET, export);
    }
    for (String table : List.of("documents", "actors", "roles", "mentions", "quotes", "quote_about", "events", "event_mentions", "problems")) {
      StructType theirs = spark.read().parquet(export.resolve(table + ".parquet").toString()).schema();
      StructType ours = spark.read().parquet(out.resolve(table).toString()).drop(Tables.MONTH).schema();
      assertThat(ours.toDDL()).as(table).isEqualTo(theirs.toDDL());
    }
  }

  @Test
  void theOutputLoadsIntoAStore() {
    Path store = dir.resolve("loaded");
    try (KnowledgeBase kb = KnowledgeBase.open(store)) {
      var r = ParquetLoader.load(kb, out, 2);
      assertThat(r.added()).as("five articles, two unreadable inputs and one article in French, each with its note").isEqualTo(8);
      assertThat(kb.search(SearchQuery.of("Vienna"))).hasSize(1);
    }
    assertThat(KnowledgeBase.sql(store, "SELECT mentions FROM events", 5).rows()).containsExactly(List.of(3));
  }

  private static List<String> rows(String table, String expression) {
    return spark.read().parquet(out.resolve(table).toString()).selectExpr(expression).collectAsList().stream().map(r -> r.getString(0))
        .toList();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

}
