package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir
  Path dir;

  @Test
  void folderGivesEveryFileOfAKnownFormatInNameOrder() throws IOException {
    for (String name : List.of("b.html", "a.txt", "c.rss", "d.warc.gz", "e.jsonl", "notes.md", "image.png")) {
      Files.writeString(dir.resolve(name), "x");
    }
    assertThat(Corpus.files(List.of(dir))).extracting(p -> p.getFileName().toString())
        .containsExactly("a.txt", "b.html", "c.rss", "d.warc.gz", "e.jsonl");
  }

  @Test
  void fileGivenByNameIsReadWhateverItsEndingAndDashIsStandardInput() throws IOException {
    Path odd = Files.writeString(dir.resolve("page.download"), "x");
    assertThat(Corpus.files(List.of(odd, Path.of("-")))).containsExactly(odd, Corpus.STDIN);
  }

  @Test
  void missingPathIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> Corpus.files(List.of(dir.resolve("gone")))).isInstanceOf(UsageException.class).hasMessageContaining("gone");
  }
}
