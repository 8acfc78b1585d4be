package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the reference scorer, {@code shared/tools/score.py}, on system runs made from the seed gold
 * (some items dropped, renamed, cut, swapped or added) and on hand-made odd inputs, and checks that
 * the Java scorer prints the same numbers. Skipped where python3 or the shared folder is missing;
 * the shared folder is the system property {@code attache.shared}, else {@code shared} beside the
 * repository that holds this module.
 */
class ScorePyAgreementTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private static String python;
  private static Path scorePy;
  private static Path seeds;

  @TempDir Path tmp;

  @BeforeAll
  static void findScorePy() {
    Path shared = sharedFolder();
    if (shared != null) {
      scorePy = shared.resolve("tools/score.py");
      seeds = shared.resolve("gold/seeds");
      python = Files.isRegularFile(scorePy) ? pythonExecutable() : null;
    }
  }

  @BeforeEach
  void needScorePy() {
    assumeThat(scorePy != null && Files.isRegularFile(scorePy) && Files.isDirectory(seeds))
        .as("the shared folder with tools/score.py and gold/seeds (-Dattache.shared=...)")
        .isTrue();
    assumeThat(python).as("python3 on the PATH").isNotNull();
  }

  static Stream<Integer> runSeeds() {
    return IntStream.range(0, 16).boxed();
  }

  @ParameterizedTest(name = "mutated run {0}")
  @MethodSource("runSeeds")
  void agreesWithScorePyOnRunsMadeFromTheSeedGold(int seed) throws Exception {
    Map<String, JsonNode> gold = ContractFiles.readGoldDir(seeds);
    Path run = writeJsonLines(MutatedRuns.of(gold, new Random(seed)));
    assertAgrees(seeds, run);
  }

  @Test
  void agreesWithScorePyOnThePerfectAndTheEmptyRun() throws Exception {
    Map<String, JsonNode> gold = ContractFiles.readGoldDir(seeds);
    assertAgrees(seeds, writeJsonLines(new ArrayList<>(gold.values())));
    assertAgrees(seeds, writeJsonLines(List.of()));
  }

  @Test
  void agreesWithScorePyDocumentByDocument() throws Exception {
    Map<String, JsonNode> gold = ContractFiles.readGoldDir(seeds);
    Path run = writeJsonLines(MutatedRuns.of(gold, new Random(99)));
    Score all = new GoldScorer().score(gold, ContractFiles.readSystem(run));
    for (String doc : gold.keySet()) {
      JsonNode python = JSON.readTree(runScorePy(seeds, run, "--json", "--docs", doc));
      Score one = new Score(all.perDocument().get(doc), Map.of(doc, all.perDocument().get(doc)));
      assertSameNumbers(JSON.readTree(one.toJson()), python, doc);
    }
    String two = String.join(",", new ArrayList<>(gold.keySet()).subList(1, 3));
    assertAgrees(seeds, run, Set.of(two.split(",")), "--docs", two);
  }

  @Test
  void agreesWithScorePyOnADirectoryOfSystemFiles() throws Exception {
    Map<String, JsonNode> gold = ContractFiles.readGoldDir(seeds);
    Path dir = Files.createDirectory(tmp.resolve("run"));
    int i = 0;
    for (JsonNode doc : MutatedRuns.of(gold, new Random(7))) {
      Files.writeString(dir.resolve("z" + (i++ % 3) + "_" + doc.get("doc").textValue() + ".json"),
          JSON.writeValueAsString(doc), StandardCharsets.UTF_8);
    }
    assertAgrees(seeds, dir);
  }

  @Test
  void agreesWithScorePyOnGoldQuotesGivenAsHashedTokens() throws Exception {
    Path hashedGold = Files.createDirectory(tmp.resolve("hashed"));
    Random r = new Random(11);
    Map<String, JsonNode> gold = ContractFiles.readGoldDir(seeds);
    for (JsonNode doc : gold.values()) {
      ObjectNode copy = doc.deepCopy();
      for (JsonNode quote : copy.withArray("quotes")) {
        if (r.nextBoolean()) {
          ArrayNode hashes = ((ObjectNode) quote).putArray("tokens_sha1");
          Folding.tokens(quote.get("text")).forEach(t -> hashes.add(GoldScorer.tokenHash(t)));
          ((ObjectNode) quote).remove("text");
        }
      }
      Files.writeString(hashedGold.resolve(doc.get("doc").textValue() + ".json"),
          JSON.writeValueAsString(copy), StandardCharsets.UTF_8);
    }
    for (int seed = 0; seed < 4; seed++) {
      assertAgrees(hashedGold, writeJsonLines(MutatedRuns.of(gold, new Random(seed))));
    }
  }

  @Test
  void agreesWithScorePyOnValuesThatAreNotWhatTheContractSays() throws Exception {
    Path oddGold = Files.createDirectory(tmp.resolve("odd"));
    String entities = "'entities': [{'name': 'ΟΔΟΣ Σ', 'type': 1, 'aliases': ['Odos']},"
        + " {'name': 'Côte d’Ivoire', 'type': 'GPE', 'aliases': ['Ivory Coast', 'Odos']},"
        + " {'name': 3.0, 'type': true, 'aliases': [[1, 'x\\n']]}, {'name': null, 'type': null}]";
    writeDoc(oddGold, "a.json", "{'doc': 'odd', " + entities + ", 'quotes': ["
        + "{'text': 'Ἀθῆναι ﬁrst ① ‿ x\u0903y', 'speaker': 'odos'},"
        + " {'tokens_sha1': {'" + GoldScorer.tokenHash("peace") + "': 1, 'zz': 2}, 'speaker': 3},"
        + " {'tokens_sha1': ['" + GoldScorer.tokenHash("peace") + "', 5, null], 'speaker': null},"
        + " {'text': null}, {'tokens_sha1': 0}, {'text': false}], 'events': ["
        + "{'cameo': 42, 'source': 'Odos', 'target': null, 'date': 2019},"
        + " {'cameo': null, 'source': ['a'], 'target': {'k': 'v'}, 'date': '2019-1'},"
        + " {'cameo': '0400', 'source': 'Ivory Coast', 'target': 'ΟΔΟΣ Σ', 'date': 0},"
        + " {'source': 3, 'target': 'x', 'date': 1.5}]}");
    writeDoc(oddGold, "b.json", "{'doc': 'no entities', 'quotes': [], 'events': []}");
    writeDoc(oddGold, "c.json", "{'doc': 'absent from the run', 'entities': [{'name': 'A'}]}");
    // a later file with the same doc replaces the earlier one but keeps its place
    writeDoc(oddGold, "0.json", "{'doc': 'odd', 'entities': []}");
    Path run = tmp.resolve("odd.jsonl");
    Files.writeString(run, String.join("\n",
        json("{'doc': 'odd', 'entities': [{'name': 'οδος σ', 'type': 1.0},"
            + " {'name': 'ODOS', 'type': true}, {'name': 'cote d ivoire', 'type': 'GPE'},"
            + " {'name': 'COTE D\\'IVOIRE', 'type': 'GPE'}, {'name': '3.0', 'type': 1},"
            + " {'name': null}, {'type': null}, {'name': 'x', 'type': [1]}],"
            + " 'quotes': [{'text': 'athenai first 1 x y', 'speaker': 'ODOS Σ'},"
            + " {'text': 'peace', 'speaker': 3}, {'text': 0, 'speaker': null}, {'text': 'peace'},"
            + " {'speaker': 'x'}],"
            + " 'events': [{'cameo': '42', 'source': 'odos', 'target': 'y', 'date': '2019-12'},"
            + " {'cameo': 'None', 'source': ['a'], 'target': {'k': 'v'}, 'date': '2019-12'},"
            + " {'cameo': '04', 'source': 'ΟΔΟΣ σ', 'target': 'Côte d’Ivoire', 'date': '1999'},"
            + " {'cameo': '', 'source': 3.0, 'target': 'x', 'date': '1.55'}]}"),
        "",
        json("{'doc': 'no entities', 'entities': 'abc', 'quotes': {'k': 1}, 'events': 0}"),
        json("{'doc': 'not in gold', 'entities': [{'name': 'A'}]}"),
        "  "), StandardCharsets.UTF_8);
    assertAgrees(oddGold, run);
  }

  // ---------------------------------------------------------------- comparing with score.py

  private void assertAgrees(Path goldDir, Path run, String... options) throws Exception {
    assertAgrees(goldDir, run, Set.of(), options);
  }

  private void assertAgrees(Path goldDir, Path run, Set<String> onlyDocs, String... options)
      throws Exception {
    Score score = new GoldScorer().score(
        ContractFiles.readGoldDir(goldDir), ContractFiles.readSystem(run), onlyDocs);
    List<String> json = new ArrayList<>(List.of(options));
    json.add("--json");
    String pythonJson = runScorePy(goldDir, run, json.toArray(String[]::new));
    assertSameNumbers(JSON.readTree(score.toJson()), JSON.readTree(pythonJson), run.toString());
    assertThat(score.toJson()).isEqualTo(pythonJson);
    assertThat(score.toTable()).isEqualTo(runScorePy(goldDir, run, options));
  }

  private static void assertSameNumbers(JsonNode java, JsonNode python, String where) {
    if (python.isNumber()) {
      assertThat(java.isNumber()).as(where).isTrue();
      assertThat(java.doubleValue()).as(where).isCloseTo(python.doubleValue(), offset(1e-12));
      return;
    }
    assertThat(java.getNodeType()).as(where).isEqualTo(python.getNodeType());
    assertThat(java.size()).as(where).isEqualTo(python.size());
    if (python.isObject()) {
      assertThat(fieldNames(java)).as(where).isEqualTo(fieldNames(python));
      python.properties().forEach(f ->
          assertSameNumbers(java.get(f.getKey()), f.getValue(), where + "/" + f.getKey()));
    } else if (python.isArray()) {
      for (int i = 0; i < python.size(); i++) {
        assertSameNumbers(java.get(i), python.get(i), where + "[" + i + "]");
      }
    } else {
      assertThat(java).as(where).isEqualTo(python);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private String runScorePy(Path goldDir, Path run, String... options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(
        List.of(python, scorePy.toString(), goldDir.toString(), run.toString()));
    command.addAll(List.of(options));
    Path stderr = Files.createTempFile(tmp, "score", ".err");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("score.py finished").isTrue();
    assertThat(process.exitValue())
        .as("score.py %s: %s", command, Files.readString(stderr, StandardCharsets.UTF_8))
        .isZero();
    return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out; // print's newline
  }

  // asks python3 for its own executable once: a version manager's shim costs half a second a run
  private static String pythonExecutable() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      boolean ran = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty();
      return ran ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static Path sharedFolder() {
    String property = System.getProperty("attache.shared");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path repository = Path.of("").toAbsolutePath().getParent();
    return repository == null ? null : repository.resolveSibling("shared");
  }

  private Path writeJsonLines(List<JsonNode> docs) throws IOException {
    StringBuilder text = new StringBuilder();
    for (JsonNode doc : docs) {
      text.append(JSON.writeValueAsString(doc)).append(doc.size() % 2 == 0 ? "\n\n" : "\n");
    }
    Path file = Files.createTempFile(tmp, "run", ".jsonl");
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void writeDoc(Path dir, String file, String doc) throws IOException {
    Files.writeString(dir.resolve(file), json(doc), StandardCharsets.UTF_8);
  }

  // documents are written with ' for " to keep them readable; \' is a real apostrophe
  private static String json(String doc) {
    return doc.replace("\\'", "\u0000").replace('\'', '"').replace('\u0000', '\'');
  }
}
