package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attache.ingest.ArticleSources;
import org.attache.ingest.IngestConfig;
import org.attache.ingest.LanguageGuesser;
import org.attache.ingest.MetadataIndex;
import org.attache.ingest.ReadResult;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Entity;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.nlp.Pipeline;
import org.attache.spark.internal.PipelineHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on CoreNLP in local mode, on three articles of the bundled demo corpus: per document,
 * its entities, quotes and events equal what the same pipeline gives run directly, as the CLI's
 * {@code extract} runs it. Local mode shares the driver's JVM, so the pipeline is built once.
 */
class SparkDemoIT {

  private static final List<String> DOCS = List.of("demo-01-vienna-first-formal-talks", "demo-02-lavrov-hosts-ministers-moscow",
      "demo-04-trilateral-statement-ends-war");

  private static final Path DEMO = Path.of("..", "attache-app", "src", "main", "resources", "org", "attache", "demo");

  @TempDir
  Path dir;

  @Test
  void sparkExtractsWhatThePipelineExtractsDirectly() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String doc : DOCS) {
      copy(doc + ".txt", in.resolve(doc + ".txt"));
    }
    Path meta = copy("index.tsv", dir.resolve("index.tsv"));
    Map<String, List<String>> direct = direct(in, meta);

    SparkSession spark = SparkSession.builder().master("local[2]").appName("demo").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.serializer.extraDebugInfo", "false").getOrCreate();
    try {
      spark.sparkContext().setLogLevel("ERROR");
      spark.sparkContext().addFile(meta.toString());
      Path out = dir.resolve("out");
      SparkExtraction.Summary s = SparkExtraction.run(spark,
          new SparkExtraction.Job(List.of(in.toString()), out.toString(), Optional.of("index.tsv"), 2, false, false), PipelineFactory.bundled());
      assertThat(s.documents()).isEqualTo(DOCS.size());
      assertThat(s.withProblems()).isZero();
      assertThat(fromSpark(spark, out)).isEqualTo(direct);
      assertThat(direct.values().stream().filter(f -> f.stream().anyMatch(x -> x.startsWith("event"))).count()).isEqualTo(DOCS.size());
    } finally {
      spark.stop();
    }
  }

  /** Returns each document's facts as lines, read and analyzed as the CLI does. */
  private static Map<String, List<String>> direct(Path in, Path meta) throws IOException {
    ArticleSources sources = ArticleSources.create(IngestConfig.defaults(), MetadataIndex.read(meta), LanguageGuesser.undetermined());
    Pipeline pipeline = PipelineHolder.get(PipelineFactory.bundled());
    Map<String, List<String>> out = new TreeMap<>();
    for (ReadResult r : sources.readAll(List.of(in))) {
      Analysis a = pipeline.analyze(r.article().orElseThrow());
      List<String> facts = new ArrayList<>();
      for (Entity e : a.entities()) {
        for (Mention m : e.mentions()) {
          facts.add(mention(e.actor().id(), m.span().start(), m.span().end(), m.text()));
        }
      }
      int n = 0;
      for (Quote q : a.quotes()) {
        facts.add(quote(n++, q.span().start(), q.span().end(), q.text(), q.kind().name(), q.speaker().map(Actor::id).orElse(null)));
      }
      n = 0;
      for (Event e : a.events()) {
        facts.add(event(n++, e.cameo(), pair(e.source().id(), e.target().map(Actor::id).orElse("")), e.date().map(FuzzyDate::iso).orElse(null),
            e.status().name(), e.evidence().start(), e.evidence().end(), e.pattern()));
      }
      facts.sort(null);
      out.put(a.article().id(), facts);
    }
    return out;
  }

  private static Map<String, List<String>> fromSpark(SparkSession spark, Path out) {
    for (String t : List.of("mentions", "quotes", "events", "event_mentions")) {
      spark.read().parquet(out.resolve(t).toString()).createOrReplaceTempView(t);
    }
    Map<String, List<String>> facts = new TreeMap<>();
    for (Row r : spark.sql("SELECT doc_id, actor_id, start_char, end_char, text FROM mentions").collectAsList()) {
      add(facts, r.getString(0), mention(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4)));
    }
    for (Row r : spark.sql("SELECT doc_id, ordinal, start_char, end_char, text, kind, speaker_id FROM quotes").collectAsList()) {
      add(facts, r.getString(0), quote(r.getInt(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6)));
    }
    for (Row r : spark.sql("SELECT m.doc_id, m.ordinal, m.cameo, e.source_id, coalesce(e.target_id, ''), m.date, m.status, m.start_char,"
        + " m.end_char, m.pattern FROM event_mentions m JOIN events e ON e.event_id = m.event_id").collectAsList()) {
      add(facts, r.getString(0), event(r.getInt(1), r.getString(2), pair(r.getString(3), r.getString(4)), r.getString(5), r.getString(6),
          r.getInt(7), r.getInt(8), r.getString(9)));
    }
    facts.values().forEach(l -> l.sort(null));
    return facts;
  }

  private static void add(Map<String, List<String>> facts, String doc, String fact) {
    facts.computeIfAbsent(doc, k -> new ArrayList<>()).add(fact);
  }

  private static String mention(String actor, int start, int end, String text) {
    return String.format(Locale.ROOT, "mention %s %d-%d %s", actor, start, end, text);
  }

  private static String quote(int n, int start, int end, String text, String kind, String speaker) {
    return String.format(Locale.ROOT, "quote %d %d-%d %s %s %s", n, start, end, kind, speaker, text);
  }

  private static String event(int n, String cameo, String pair, String date, String status, int start, int end, String pattern) {
    return String.format(Locale.ROOT, "event %d %s %s %s %s %d-%d %s", n, cameo, pair, date, status, start, end, pattern);
  }

  /** The merged event keeps one telling's order of the two sides; each telling's own order is not stored. */
  private static String pair(String a, String b) {
    return List.of(a, b).stream().sorted().collect(Collectors.joining("+"));
  }

  /** The demo corpus lives in attache-app, which this module does not depend on; tests run in the module's folder. */
  private static Path copy(String name, Path to) throws IOException {
    return Files.copy(DEMO.resolve(name), to);
  }
}
