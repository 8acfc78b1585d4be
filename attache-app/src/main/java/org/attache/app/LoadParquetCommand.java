package org.attache.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.store.AddResult;
import org.attache.store.KnowledgeBase;
import org.attache.store.ParquetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache load-parquet}: the Spark job's Parquet tables (or a store's Parquet export) into the store. */
@Command(name = "load-parquet", mixinStandardHelpOptions = true,
    description = {"Load Parquet tables in the store's schema into the store: the output of `attache spark extract`, "
        + "or another store's `export --format parquet`.", "Articles already stored unchanged are skipped; events are merged as by ingest."})
final class LoadParquetCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--batch", defaultValue = "1000", description = "Articles per transaction (default 1000).")
  int batch;

  @Parameters(paramLabel = "DIR", description = "The folder holding documents/, quotes/, events/... (or documents.parquet, ...).")
  Path dir;

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new UsageException("--batch must be positive: " + batch);
    }
    try (KnowledgeBase kb = KnowledgeBase.open(store.dir)) {
      AddResult r = ParquetLoader.load(kb, dir, batch);
      spec.commandLine().getOut().printf(Locale.ROOT, "added %d, replaced %d, unchanged %d, duplicates %d; %d event mentions (%d merged); %d documents in %s%n",
          r.added(), r.replaced(), r.unchanged(), r.duplicates(), r.events(), r.mergedEvents(), kb.documents(), kb.directory());
      return 0;
    }
  }
}
