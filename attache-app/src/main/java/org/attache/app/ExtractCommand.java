package org.attache.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.ingest.IngestConfig;
import org.attache.ingest.LanguageGuesser;
import org.attache.export.GdeltWriter;
import org.attache.jsonl.ContractWriter;
import org.attache.nlp.event.CameoTable;
import org.attache.langid.OpenNlpLanguageGuesser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache extract}: articles in, one JSON line per article out, in the contract's shape. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract entities, quotes and events from articles as JSON Lines.",
        "Reads plain text, HTML pages, RSS/Atom feeds, WARC(.gz) archives and JSON Lines, detected by content; "
            + "folders are searched for those formats, and - reads standard input.",
        "Copies of an earlier article and articles not in English are skipped with a note on stderr.",
        "Exits 1 when some documents had problems."})
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--meta", paramLabel = "FILE.tsv", description = "TSV with doc and published columns (optional outlet, url, title).")
  Path meta;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Output file, or - for standard output (default).")
  String out;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor, role or office table (repeatable).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event-pattern table (repeatable).")
  List<Path> patterns = new ArrayList<>();

  @Option(names = "--near-duplicate-threshold", paramLabel = "J", defaultValue = "0.8",
      description = "Estimated Jaccard similarity of word shingles at which an article counts as a copy (default 0.8).")
  double nearDuplicateThreshold;

  @Option(names = "--keep-duplicates", description = "Extract copies of earlier articles too.")
  boolean keepDuplicates;

  @Option(names = "--all-languages", description = "Extract articles in every language (no language check).")
  boolean allLanguages;

  /** What extract writes. */
  enum Format { JSONL, GDELT }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (the contract, default) or gdelt (one TSV row per event).")
  Format format;

  @Option(names = "--explain", description = "Print on stderr which event pattern fired on which words.")
  boolean explain;

  @Option(names = "--verbose", description = "Show stack traces of failures.")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<Path> files = Corpus.files(paths);
    var index = Extraction.meta(meta);
    IngestConfig config;
    try {
      config = IngestConfig.defaults().withNearDuplicateThreshold(nearDuplicateThreshold).withSkipping(!keepDuplicates, !allLanguages);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--near-duplicate-threshold must be above 0 and at most 1: " + nearDuplicateThreshold);
    }
    LanguageGuesser languages = allLanguages ? LanguageGuesser.undetermined() : OpenNlpLanguageGuesser.load();
    Extraction extraction = new Extraction(Engine.pipeline(actors, patterns), config, languages);
    ContractWriter writer = new ContractWriter();
    GdeltWriter gdelt = new GdeltWriter(CameoTable.bundled());
    PrintWriter err = spec.commandLine().getErr();
    Path target = out.equals("-") ? null : Path.of(out);
    Path partial = target == null ? null : partialFile(target);
    Extraction.Summary s;
    try (Writer w = open(partial)) {
      if (format == Format.GDELT) {
        write(w, gdelt.header());
      }
      s = extraction.run(files, index, a -> {
        if (format == Format.GDELT) {
          gdelt.rows(a).forEach(row -> write(w, row));
        } else {
          write(w, writer.line(a));
        }
        if (explain) {
          Explanation.print(a, err);
        }
      }, err);
    }
    if (partial != null) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    err.println("attache: " + s.line());
    return s.withProblems() == 0 ? 0 : 1;
  }

  /** Output goes to a file beside the target first, so a failed run leaves an earlier output whole. */
  private static Path partialFile(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return Files.createTempFile(dir, "." + target.getFileName(), ".partial");
  }

  private static Writer open(Path partial) throws IOException {
    if (partial == null) {
      return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true) {
        @Override
        public void close() {
          flush();
        }
      };
    }
    return Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
  }

  private static void write(Writer w, String line) {
    try {
      w.write(line);
      w.write('\n');
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write output: " + e.getMessage(), e);
    }
  }
}
