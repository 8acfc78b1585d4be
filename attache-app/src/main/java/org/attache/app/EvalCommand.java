package org.attache.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.eval.ContractFiles;
import org.attache.eval.GoldScorer;
import org.attache.eval.RootConfusion;
import org.attache.eval.Score;
import org.attache.jsonl.ContractWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval}: extracts a corpus and scores the result against gold annotations with the
 * rules of SCHEMA.md, the same numbers as the reference scorer.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Extract CORPUS_DIR and score it against gold annotations.")
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold <doc>.json files.")
  Path gold;

  @Option(names = "--meta", paramLabel = "FILE.tsv", description = "Metadata TSV (doc, published, ...).")
  Path meta;

  @Option(names = "--json", description = "Print the scores as JSON, in the shape of score.py --json.")
  boolean json;

  @Option(names = "--confusion", description = "Also print which CAMEO root the system gave for each gold event's actors (none = not found).")
  boolean confusion;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the extracted JSON Lines here.")
  Path out;

  @Option(names = "--baseline", paramLabel = "NAME", description = "Also score a baseline on the same articles: corenlp-quotes.")
  String baseline;

  @Parameters(paramLabel = "CORPUS_DIR", description = "Folder (or files) of the articles the gold annotates.")
  List<Path> corpus = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(gold)) {
      throw new UsageException("no such gold folder: " + gold);
    }
    if (baseline != null && !baseline.equals("corenlp-quotes")) {
      throw new UsageException("unknown baseline '" + baseline + "' (known: corenlp-quotes)");
    }
    Map<String, JsonNode> goldDocs = ContractFiles.readGoldDir(gold);
    List<Path> files = Corpus.files(corpus);
    Extraction extraction = new Extraction(Engine.pipeline(List.of(), List.of()));
    ContractWriter writer = new ContractWriter();
    Map<String, JsonNode> system = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    List<org.attache.model.Article> articles = new ArrayList<>();
    extraction.run(files, Extraction.meta(meta), a -> {
      system.put(a.article().id(), writer.toJson(a));
      lines.add(writer.line(a));
      articles.add(a.article());
    }, spec.commandLine().getErr());
    if (out != null) {
      Files.write(out, lines, java.nio.charset.StandardCharsets.UTF_8);
    }
    Score score = new GoldScorer().score(goldDocs, system);
    var out = spec.commandLine().getOut();
    if (baseline == null) {
      out.println(json ? score.toJson() : score.toTable());
      if (confusion) {
        out.println();
        out.println("CAMEO roots, gold events (rows) against the system event with the same actors (columns)");
        out.println(RootConfusion.of(goldDocs, system).toTable());
      }
      return 0;
    }
    Score theirs = new GoldScorer().score(goldDocs, QuoteBaseline.run(articles));
    if (json) {
      out.println("{\"attache\": " + score.toJson() + ", \"" + baseline + "\": " + theirs.toJson() + "}");
    } else {
      out.println("attache");
      out.println(score.toTable());
      out.println();
      out.println(baseline + " (CoreNLP quote + quoteattribution; quotes and speakers only)");
      out.println(theirs.toTable());
    }
    return 0;
  }
}
