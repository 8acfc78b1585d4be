package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.eval.ContractFiles;
import org.attache.eval.Facet;
import org.attache.eval.GoldScorer;
import org.attache.eval.Score;
import org.attache.jsonl.ContractWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality gate on the seed articles of ../shared: F1 floors set from what was measured (they
 * only go up), and the Java scorer agreeing with the reference scorer to three decimals.
 */
class GoldSeedsIT {

  private static final Path SHARED = Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
  private static final Path GOLD = SHARED.resolve("gold/seeds");
  private static final Path CORPUS = SHARED.resolve("corpus/seeds");

  private static Score score;
  private static Path jsonl;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void extractSeeds() throws Exception {
    assumeTrue(Files.isDirectory(GOLD) && Files.isDirectory(CORPUS), "../shared with the seeds is not beside this checkout");
    Extraction extraction = new Extraction(Engine.pipeline(List.of(), List.of()));
    ContractWriter writer = new ContractWriter();
    Map<String, JsonNode> system = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    extraction.run(Corpus.files(List.of(CORPUS)), Extraction.meta(CORPUS.resolve("index.tsv")), a -> {
      system.put(a.article().id(), writer.toJson(a));
      lines.add(writer.line(a));
    }, new PrintWriter(System.err, true));
    jsonl = tmp.resolve("seeds.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);
    score = new GoldScorer().score(ContractFiles.readGoldDir(GOLD), system);
  }

  private static double f1(Facet f) {
    return score.total().get(f).prf().f1();
  }

  @Test
  void entityF1StaysAboveItsFloor() {
    assertThat(f1(Facet.ENTITIES)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void quoteF1StaysAboveItsFloor() {
    assertThat(f1(Facet.QUOTES)).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void speakerF1StaysAboveItsFloor() {
    assertThat(f1(Facet.SPEAKERS)).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void eventF1StaysAboveItsFloor() {
    assertThat(f1(Facet.EVENTS)).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void javaScorerAgreesWithTheReferenceScorerToThreeDecimals() throws Exception {
    Path script = SHARED.resolve("tools/score.py");
    assumeTrue(Files.isRegularFile(script), "score.py not found");
    Process p = new ProcessBuilder("python3", script.toString(), GOLD.toString(), jsonl.toString(), "--json").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    JsonNode reference = new ObjectMapper().readTree(out).get("total");
    for (Facet f : Facet.values()) {
      JsonNode r = reference.get(f.key());
      var ours = score.total().get(f).prf();
      assertThat(ours.precision()).as(f.key() + " precision").isCloseTo(r.get("precision").asDouble(), org.assertj.core.data.Offset.offset(0.0005));
      assertThat(ours.recall()).as(f.key() + " recall").isCloseTo(r.get("recall").asDouble(), org.assertj.core.data.Offset.offset(0.0005));
      assertThat(ours.f1()).as(f.key() + " f1").isCloseTo(r.get("f1").asDouble(), org.assertj.core.data.Offset.offset(0.0005));
    }
  }
}
