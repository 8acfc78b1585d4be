package org.attache.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attache.ingest.BoilerplateFilter;
import org.attache.ingest.MetadataIndex;
import org.attache.ingest.PlainTextReader;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.store.AddResult;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache ingest}: runs the pipeline over articles and stores the results, one transaction
 * per batch. Articles already stored with the same content are skipped before the pipeline runs,
 * so re-running an interrupted ingest only analyzes what is missing, and loads no model at all
 * when nothing is.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {"Extract from articles and add the results to a store.",
    "With no PATH, only opens the store: creates it, or migrates an older one to the current schema."})
final class IngestCommand implements Callable<Integer> {

  private static final int MAX_CHARS = 2_000_000;

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--meta", paramLabel = "FILE.tsv", description = "TSV with doc and published columns (optional outlet, url, title).")
  Path meta;

  @Option(names = "--batch", defaultValue = "100", description = "Articles per transaction (default 100; each costs a fixed part of a second in a large store).")
  int batch;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor, role or office table (repeatable).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event-pattern table (repeatable).")
  List<Path> patterns = new ArrayList<>();

  @Option(names = "--verbose", description = "Show stack traces of failures.")
  boolean verbose;

  @Parameters(paramLabel = "PATH", description = "Files or folders of .txt articles.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (batch < 1 || batch > 10_000) {
      throw new UsageException("--batch must lie in 1..10000: " + batch);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty()) {
      return openOnly(err);
    }
    List<Path> files = Corpus.files(paths);
    MetadataIndex index = Extraction.meta(meta);
    try (KnowledgeBase kb = KnowledgeBase.open(store.dir)) {
      long t0 = System.nanoTime();
      List<Path> todo = pending(kb, files, index);
      long checking = System.nanoTime() - t0;
      err.printf(java.util.Locale.ROOT, "attache: %d articles, %d already stored, %d to analyze into %s%n", files.size(),
          files.size() - todo.size(), todo.size(), store.dir);
      err.flush();
      AddResult total = AddResult.NONE;
      int problems = 0;
      if (!todo.isEmpty()) {
        long t1 = System.nanoTime();
        Extraction extraction = new Extraction(Engine.pipeline(actors, patterns));
        long t2 = System.nanoTime();
        Batches batches = new Batches(kb, batch, err);
        Extraction.Summary s = extraction.run(todo, index, batches::add, err);
        total = batches.flush();
        long t3 = System.nanoTime();
        problems = s.withProblems();
        long storing = checking + batches.nanos;
        long analyzing = t3 - t2 - batches.nanos;
        err.printf(java.util.Locale.ROOT, "attache: time: loading the pipeline %.1f s, analyzing %.1f s, storing %.2f s (%.1f %% of analyzing)%n",
            (t2 - t1) / 1e9, analyzing / 1e9, storing / 1e9, 100.0 * storing / Math.max(1, analyzing));
        err.flush();
      }
      summary(kb, total, problems);
      return problems == 0 ? 0 : 1;
    }
  }

  /** Opens (creates, or migrates to the current schema) the store and stops: what the refusal of an older store asks for. */
  private int openOnly(PrintWriter err) {
    try (KnowledgeBase kb = KnowledgeBase.open(store.dir)) {
      err.printf(java.util.Locale.ROOT, "attache: store %s is ready, %d documents; no articles given%n", store.dir, kb.documents());
      err.flush();
    }
    return 0;
  }

  /** Collects analyses and stores them a batch (one transaction) at a time. */
  private static final class Batches {
    private final KnowledgeBase kb;
    private final int size;
    private final PrintWriter err;
    private final List<Analysis> pending = new ArrayList<>();
    private AddResult total = AddResult.NONE;
    private int stored;
    /** Time spent in {@link KnowledgeBase#add}, so that the store's share of an ingest can be reported. */
    private long nanos;

    Batches(KnowledgeBase kb, int size, PrintWriter err) {
      this.kb = kb;
      this.size = size;
      this.err = err;
    }

    void add(Analysis a) {
      pending.add(a);
      if (pending.size() == size) {
        flush();
      }
    }

    AddResult flush() {
      if (!pending.isEmpty()) {
        long t0 = System.nanoTime();
        total = total.plus(kb.add(pending));
        nanos += System.nanoTime() - t0;
        stored += pending.size();
        err.printf(java.util.Locale.ROOT, "attache: stored %d%n", stored);
        err.flush();
        pending.clear();
      }
      return total;
    }
  }

  private static List<Path> pending(KnowledgeBase kb, List<Path> files, MetadataIndex index) {
    PlainTextReader reader = new PlainTextReader(BoilerplateFilter.bundled(), MAX_CHARS);
    Map<Path, Article> read = new LinkedHashMap<>();
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      try {
        read.put(f, reader.read(f, index.lookup(PlainTextReader.idOf(f))).article());
      } catch (IOException | RuntimeException e) {
        out.add(f);
      }
    }
    Set<String> stored = kb.stored(List.copyOf(read.values()));
    read.forEach((f, a) -> {
      if (!stored.contains(a.id())) {
        out.add(f);
      }
    });
    return out;
  }

  private void summary(KnowledgeBase kb, AddResult r, int problems) {
    PrintWriter out = spec.commandLine().getOut();
    if (store.json) {
      JsonOut.print(out, new java.util.LinkedHashMap<>(java.util.Map.of("result", r, "documents", kb.documents(), "withProblems", problems)));
      return;
    }
    out.printf(java.util.Locale.ROOT, "added %d, replaced %d, unchanged %d, duplicates %d; %d event mentions (%d merged into earlier events);"
        + " %d documents in %s%n", r.added(), r.replaced(), r.unchanged(), r.duplicates(), r.events(), r.mergedEvents(), kb.documents(),
        kb.directory());
    out.flush();
  }
}
