package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractFilesTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void goldDirIsReadInFileNameOrderKeyedByDoc() throws IOException {
    write("b.json", "{\"doc\": \"first-by-doc\", \"entities\": []}");
    write("a.json", "{\"doc\": \"second-by-doc\"}");
    write("notes.txt", "not gold");
    Map<String, JsonNode> gold = ContractFiles.readGoldDir(dir);
    assertThat(gold.keySet()).containsExactly("second-by-doc", "first-by-doc");
    assertThat(gold.get("first-by-doc").get("entities").isArray()).isTrue();
  }

  @Test
  void jsonLinesSkipBlankLinesAndEndAtCrOrLf() throws IOException {
    Path file = write("run.jsonl",
        "{\"doc\": \"a\"}\r\n\n   \r\u00a0{\"doc\": \"b\"}\u00a0\r{\"doc\": \"c\"}\n\n");
    assertThat(ContractFiles.readSystem(file).keySet()).containsExactly("a", "b", "c");
  }

  @Test
  void laterDocumentWithTheSameDocWinsButKeepsTheFirstPlace() throws IOException {
    Path file = write("run.jsonl",
        "{\"doc\": \"a\", \"n\": 1}\n{\"doc\": \"b\"}\n{\"doc\": \"a\", \"n\": 2}\n");
    Map<String, JsonNode> docs = ContractFiles.readSystem(file);
    assertThat(docs.keySet()).containsExactly("a", "b");
    assertThat(docs.get("a").get("n").intValue()).isEqualTo(2);
  }

  @Test
  void systemDirectoryIsReadLikeAGoldDirectory() throws IOException {
    Path run = Files.createDirectory(dir.resolve("run"));
    Files.writeString(run.resolve("x.json"), "{\"doc\": \"x\"}\n", StandardCharsets.UTF_8);
    assertThat(ContractFiles.readSystem(run).keySet()).containsExactly("x");
  }

  @Test
  void invalidJsonLineIsRefusedNamingFileAndLine() throws IOException {
    Path file = write("run.jsonl", "{\"doc\": \"a\"}\n\n{\"doc\": \"b\",}\n");
    assertThatThrownBy(() -> ContractFiles.readSystem(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":3: not valid JSON");
  }

  @Test
  void lineWithoutAStringDocIsRefusedNamingFileAndLine() throws IOException {
    Path file = write("run.jsonl", "{\"doc\": \"a\"}\n{\"title\": \"no doc\"}\n");
    assertThatThrownBy(() -> ContractFiles.readSystem(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":2: ")
        .hasMessageContaining("\"doc\"");
    Path numbered = write("numbered.jsonl", "[\"doc\"]\n");
    assertThatThrownBy(() -> ContractFiles.readSystem(numbered))
        .hasMessageStartingWith(numbered + ":1: ");
  }

  @Test
  void twoValuesOnOneLineAreRefusedAsPythonsJsonDoes() throws IOException {
    Path file = write("run.jsonl", "{\"doc\": \"a\"} {\"doc\": \"b\"}\n");
    assertThatThrownBy(() -> ContractFiles.readSystem(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":1: not valid JSON");
  }

  @Test
  void pythonsNonFiniteNumbersAreAccepted() throws IOException {
    Path file = write("run.jsonl", "{\"doc\": \"a\", \"x\": NaN, \"y\": -Infinity}\n");
    assertThat(ContractFiles.readSystem(file).get("a").get("y").doubleValue())
        .isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void invalidUtf8IsRefusedNamingTheFile() throws IOException {
    Path file = Files.write(dir.resolve("bad.json"), new byte[] {'{', '"', (byte) 0xC3, '"', '}'});
    assertThatThrownBy(() -> ContractFiles.readGoldDir(dir))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void goldFileThatIsNotJsonIsRefusedNamingTheFile() throws IOException {
    Path file = write("broken.json", "{\"doc\": ");
    assertThatThrownBy(() -> ContractFiles.readGoldDir(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ": not valid JSON");
  }

  @Test
  void missingSystemFileIsAnIoFailure() {
    assertThatThrownBy(() -> ContractFiles.readSystem(dir.resolve("absent.jsonl")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.jsonl");
  }
}
