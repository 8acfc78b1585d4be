package org.attache.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.ingest.ArticleSources;
import org.attache.ingest.Format;
import org.attache.ingest.IngestConfig;
import org.attache.ingest.LanguageGuesser;
import org.attache.ingest.MetadataIndex;
import org.attache.ingest.ReadResult;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Problem;
import org.attache.nlp.Pipeline;
import org.attache.langid.OpenNlpLanguageGuesser;
import org.attache.spark.PipelineSource;

/**
 * Extracts one partition: reads each input with the same readers as the CLI, runs this JVM's
 * pipeline on every article, and returns each document's rows. A document that cannot be read,
 * and any failure on one input, becomes problem rows with the reason; the partition goes on.
 * An article in another language is a {@code skipped} problem row with the CLI's note, and no
 * facts. Copies are not skipped: that needs the whole corpus, which no partition sees.
 * Serializable (Spark ships it to the executors); each call is independent.
 */
public record Extractor(PipelineSource source, String metaFile, LocalDateTime ingestedAt, boolean skipOtherLanguages)
    implements FlatMapFunction<Iterator<RawInput>, Facts> {

  private static final long serialVersionUID = 1L;

  /** The problem stage of a failure outside the readers and the pipeline. */
  public static final String STAGE = "spark";

  /** The problem stage of an article left out, with the reason (another language). */
  public static final String SKIPPED = "skipped";

  /** The language model, loaded once per executor JVM when first needed. */
  private static final class Languages {
    static final LanguageGuesser GUESSER = OpenNlpLanguageGuesser.load();
  }

  @Override
  public Iterator<Facts> call(Iterator<RawInput> inputs) throws IOException {
    Pipeline pipeline = PipelineHolder.get(source);
    MetadataIndex meta = metaFile == null ? MetadataIndex.empty() : MetadataIndex.read(Path.of(SparkFiles.get(metaFile)));
    ArticleSources sources = ArticleSources.create(IngestConfig.defaults().withSkipping(false, skipOtherLanguages), meta,
        skipOtherLanguages ? Languages.GUESSER : LanguageGuesser.undetermined());
    List<Facts> out = new ArrayList<>();
    while (inputs.hasNext()) {
      RawInput in = inputs.next();
      try {
        for (ReadResult r : read(sources, in)) {
          out.add(facts(pipeline, r));
        }
      } catch (IOException | RuntimeException | StackOverflowError e) {
        out.add(problem(in.name(), STAGE, "cannot extract " + in.name() + ": " + e));
      }
    }
    return out.iterator();
  }

  private static List<ReadResult> read(ArticleSources sources, RawInput in) throws IOException {
    List<ReadResult> results = new ArrayList<>();
    try (InputStream bytes = in.open()) {
      sources.read(in.fileName(), bytes, results::add);
    }
    if (in.line() == 0) {
      return results;
    }
    // a line read alone is line 1 of its file to the reader; give an id-less record its true line
    String alone = Format.stem(in.fileName()) + "#1";
    String actual = Format.stem(in.fileName()) + "#" + in.line();
    List<ReadResult> renumbered = new ArrayList<>();
    for (ReadResult r : results) {
      renumbered.add(r.document().equals(alone) ? renumber(r, actual, in.name()) : r);
    }
    return renumbered;
  }

  private static ReadResult renumber(ReadResult r, String id, String source) {
    List<Problem> problems = r.problems().stream().map(p -> new Problem(id, p.stage(), p.message())).toList();
    if (r.article().isEmpty()) {
      return new ReadResult(id, source, r.article(), r.skip(), problems);
    }
    Article a = r.article().get();
    return ReadResult.of(new Article(id, a.title(), a.text(), a.published(), a.outlet(), a.url(), a.author(), a.removed()), source, problems);
  }

  private Facts facts(Pipeline pipeline, ReadResult r) {
    if (r.skip().isPresent()) {
      return problem(r.document(), SKIPPED, r.skip().get().note());
    }
    if (r.article().isEmpty()) {
      List<Problem> why = r.problems().isEmpty() ? List.of(new Problem(r.document(), "read", "no article in " + r.source())) : r.problems();
      return problems(why);
    }
    Analysis a = pipeline.analyze(r.article().get());
    if (!r.problems().isEmpty()) {
      List<Problem> all = new ArrayList<>(r.problems());
      all.addAll(a.problems());
      a = new Analysis(a.article(), a.entities(), a.quotes(), a.events(), all);
    }
    return DocumentRows.of(a, ingestedAt);
  }

  private static Facts problem(String doc, String stage, String message) {
    return problems(List.of(new Problem(doc, stage, message)));
  }

  private static Facts problems(List<Problem> problems) {
    List<Row> rows = problems.stream().map(p -> RowFactory.create(p.document(), p.stage(), p.message(), Tables.UNDATED)).toList();
    return new Facts(Map.of("problems", rows), List.of(), List.of(), true);
  }
}
