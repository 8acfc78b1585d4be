package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.attache.ingest.ArticleSources;
import org.attache.ingest.IngestConfig;
import org.attache.ingest.LanguageGuesser;
import org.attache.ingest.MetadataIndex;
import org.attache.ingest.ReadResult;
import org.attache.ingest.Skip;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Problem;
import org.attache.nlp.Pipeline;

/**
 * Runs the pipeline over a list of inputs (files of any format Attaché reads, or {@code -} for
 * standard input) and hands every analysis on in input order. A document that cannot be read
 * becomes an analysis holding only its problems; a skipped one (a copy, another language) is
 * noted on stderr and not extracted; the batch goes on. Used by extract, eval, demo and bench, so
 * all of them see the same articles.
 */
final class Extraction {

  /** What a run did, for the summary line and the exit code. */
  record Summary(int read, int extracted, int otherLanguage, int duplicates, int withProblems) {

    String line() {
      return String.format(Locale.ROOT, "read %d documents: %d extracted, %d skipped (not English), %d duplicates, %d with problems", read,
          extracted, otherLanguage, duplicates, withProblems);
    }
  }

  private static final java.util.Set<String> PIPELINE_STAGES = java.util.Set.of("annotate", "actors", "time", "quotes", "events");
  private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final Pipeline pipeline;
  private final IngestConfig config;
  private final LanguageGuesser languages;

  /** Returns an extraction that reads every document, copies and other languages included, as eval and bench need. */
  Extraction(Pipeline pipeline) {
    this(pipeline, IngestConfig.defaults().withSkipping(false, false), LanguageGuesser.undetermined());
  }

  Extraction(Pipeline pipeline, IngestConfig config, LanguageGuesser languages) {
    this.pipeline = pipeline;
    this.config = config;
    this.languages = languages;
  }

  /**
   * Reads the inputs in order and analyzes the documents on one worker per core (the pipeline is
   * thread-safe and its models are shared), handing the analyses on in input order. At most a few
   * documents wait at a time, so memory stays bounded whatever the corpus size.
   */
  Summary run(List<Path> inputs, MetadataIndex meta, Consumer<Analysis> sink, PrintWriter err) {
    ArticleSources sources = ArticleSources.create(config, meta, languages);
    Tally tally = new Tally(err);
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "attache-worker");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Analysis>> window = new ArrayDeque<>();
    Consumer<ReadResult> each = r -> {
      Callable<Analysis> work = tally.count(r);
      if (work != null) {
        window.add(workers.submit(work));
      }
      while (window.size() > WORKERS * 2) {
        sink.accept(tally.finished(take(window.poll())));
      }
    };
    try {
      for (Path p : inputs) {
        if (p.equals(Corpus.STDIN)) {
          sources.read("-", System.in, each);
        } else {
          sources.read(p, each);
        }
      }
      while (!window.isEmpty()) {
        sink.accept(tally.finished(take(window.poll())));
      }
    } finally {
      workers.shutdownNow();
    }
    tally.done();
    return tally.summary();
  }

  private static Analysis take(Future<Analysis> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  /** Counts and reports each result, and analyzes the ones to extract. Not thread-safe. */
  private final class Tally {
    private final PrintWriter err;
    private final boolean progress = System.console() != null;
    private int read;
    private int extracted;
    private int otherLanguage;
    private int duplicates;
    private int withProblems;

    Tally(PrintWriter err) {
      this.err = err;
    }

    /** Returns the work that analyzes the document, or null for a skipped one. */
    Callable<Analysis> count(ReadResult r) {
      read++;
      for (Problem p : r.problems()) {
        err.println("attache: " + r.source() + ": " + p.stage() + ": " + p.message());
      }
      withProblems += r.problems().isEmpty() ? 0 : 1;
      if (r.skip().isPresent()) {
        Skip s = r.skip().get();
        otherLanguage += s instanceof Skip.OtherLanguage ? 1 : 0;
        duplicates += s instanceof Skip.Duplicate ? 1 : 0;
        err.println("attache: " + r.source() + ": " + s.note());
        return null;
      }
      if (progress) {
        err.print("\rattache: " + read + " documents read");
        err.flush();
      }
      if (r.article().isEmpty()) {
        Analysis failed = new Analysis(Article.of(r.document(), "", ""), List.of(), List.of(), List.of(), r.problems());
        return () -> failed;
      }
      extracted++;
      return () -> withReadProblems(pipeline.analyze(r.article().get()), r.problems());
    }

    /** Reports what the pipeline itself met (reading problems were reported already). */
    Analysis finished(Analysis a) {
      List<Problem> own = a.problems().stream().filter(p -> PIPELINE_STAGES.contains(p.stage())).toList();
      for (Problem p : own) {
        err.println("attache: " + a.article().id() + ": " + p.stage() + ": " + p.message());
      }
      if (!own.isEmpty() && own.size() == a.problems().size()) {
        withProblems++;
      }
      return a;
    }

    void done() {
      if (progress && read > 0) {
        err.println();
      }
    }

    Summary summary() {
      return new Summary(read, extracted, otherLanguage, duplicates, withProblems);
    }
  }

  private static Analysis withReadProblems(Analysis a, List<Problem> read) {
    if (read.isEmpty()) {
      return a;
    }
    List<Problem> all = new ArrayList<>(read);
    all.addAll(a.problems());
    return new Analysis(a.article(), a.entities(), a.quotes(), a.events(), all);
  }

  static MetadataIndex meta(Path file) {
    if (file == null) {
      return MetadataIndex.empty();
    }
    try {
      return MetadataIndex.read(file);
    } catch (IOException e) {
      throw new UsageException("cannot read metadata file " + file + ": " + e.getMessage());
    }
  }
}
