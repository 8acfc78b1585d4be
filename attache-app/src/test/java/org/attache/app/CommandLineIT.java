package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, one-line errors, output files. */
class CommandLineIT {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void missingPathIsAUsageErrorNamingIt() {
    Run r = run("extract", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or folder").contains("nowhere").doesNotContain("Exception");
  }

  @Test
  void ingestWithoutPathsOnlyOpensTheStoreAndAQueryThenFindsItEmpty() {
    Path store = dir.resolve("store");
    Run r = run("ingest", "--store", store.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("is ready, 0 documents");
    Run q = run("sql", "--store", store.toString(), "SELECT max(version) AS v FROM schema_version");
    assertThat(q.code()).as(q.err()).isZero();
    assertThat(q.out()).contains("3");
  }

  @Test
  void malformedMetadataDateNamesTheFileAndLine() throws Exception {
    Path meta = dir.resolve("index.tsv");
    Files.writeString(meta, "doc\tpublished\na\t2019/12/04\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.", StandardCharsets.UTF_8);
    Run r = run("extract", "--meta", meta.toString(), dir.resolve("a.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("index.tsv:2").contains("2019/12/04");
  }

  @Test
  void invalidUtf8ArticleIsReportedAndTheOthersAreStillWritten() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Lavrov visits Baku\n\nRussian Foreign Minister Sergey Lavrov arrived in Baku on Monday.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("bad.txt"), new byte[] {'T', '\n', '\n', (byte) 0xFF, (byte) 0xFE, 'x'});
    Path out = dir.resolve("out.jsonl");
    Run r = run("extract", "--out", out.toString(), good.toString(), dir.resolve("bad.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.txt").contains("UTF-8");
    assertThat(Files.readAllLines(out)).hasSize(2).anySatisfy(l -> assertThat(l).contains("\"doc\":\"good\"").contains("Sergey Lavrov"));
  }

  @Test
  void demoPrintsActorsQuotesAndEventsOfTheBundledCorpus() {
    Run r = run("demo", "--no-serve");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("== ").contains("Actors:").contains("Quotes:").contains("Events:").contains("Ilham Aliyev")
        .contains("Stored 15 articles").contains(", by month").contains("Most recent quotes");
  }

  @Test
  void synthWritesArticlesTheExtractorReadsWithTheirDates() throws Exception {
    Path articles = dir.resolve("synth");
    Run w = run("synth", "--docs", "3", "--seed", "5", "--articles", articles.toString());
    assertThat(w.code()).isEqualTo(0);
    java.util.List<String> index = Files.readAllLines(articles.resolve("index.tsv"));
    assertThat(index).hasSize(4).first().isEqualTo("doc\tpublished\toutlet");
    Path out = dir.resolve("synth.jsonl");
    Run r = run("extract", "--meta", articles.resolve("index.tsv").toString(), "--out", out.toString(), articles.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    java.util.List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    String first = index.get(1).split("\t")[1];
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"published\":\"" + first + "\"").contains("\"type\":\"PERSON\""));
  }
}
