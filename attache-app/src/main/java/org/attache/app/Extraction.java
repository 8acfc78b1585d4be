package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.function.Consumer;
import org.attache.ingest.BoilerplateFilter;
import org.attache.ingest.MetadataIndex;
import org.attache.ingest.PlainTextReader;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Problem;
import org.attache.nlp.Pipeline;

/**
 * Runs the pipeline over a list of files, one article each, and hands every analysis on in input
 * order. A file that cannot be read becomes an analysis holding only its problem; the batch goes
 * on. Used by extract, eval and demo alike, so all three see the same articles.
 */
final class Extraction {

  /** What a run did, for the summary line and the exit code. */
  record Summary(int read, int withProblems) {}

  private static final int MAX_CHARS = 2_000_000;
  private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final Pipeline pipeline;
  private final PlainTextReader reader = new PlainTextReader(BoilerplateFilter.bundled(), MAX_CHARS);

  Extraction(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Analyzes the files on one worker per core (the pipeline is thread-safe and its models are
   * shared) and hands the analyses on in input order; at most a few articles wait at a time, so
   * memory stays bounded whatever the corpus size.
   */
  Summary run(List<Path> files, MetadataIndex meta, Consumer<Analysis> sink, PrintWriter err) {
    int problems = 0;
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
      Thread t = new Thread(r, "attache-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Analysis>> window = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < files.size(); done++) {
        while (next < files.size() && window.size() < WORKERS * 2) {
          Path f = files.get(next++);
          window.add(workers.submit(() -> analyze(f, meta)));
        }
        Analysis a = take(window.poll());
        for (Problem p : a.problems()) {
          err.println("attache: " + files.get(done) + ": " + p.stage() + ": " + p.message());
        }
        problems += a.problems().isEmpty() ? 0 : 1;
        sink.accept(a);
      }
    } finally {
      workers.shutdownNow();
    }
    return new Summary(files.size(), problems);
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

  Analysis analyze(Path f, MetadataIndex meta) {
    String id = PlainTextReader.idOf(f);
    PlainTextReader.Result r;
    try {
      r = reader.read(f, meta.lookup(id));
    } catch (IOException | RuntimeException e) {
      return Analysis.failed(Article.of(id, "", ""), new Problem(id, "read", "cannot read " + f + ": " + e.getMessage()));
    }
    Analysis a = pipeline.analyze(r.article());
    if (r.problems().isEmpty()) {
      return a;
    }
    List<Problem> all = new ArrayList<>(r.problems());
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
