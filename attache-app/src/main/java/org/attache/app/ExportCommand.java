package org.attache.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.ExportFormat;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache export}: the store as files other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export every table as JSON Lines, CSV or Parquet, or the merged events as GDELT-style TSV.")
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions store;

  @Option(names = "--format", required = true, description = "jsonl, csv, parquet or gdelt.")
  ExportFormat format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if absent).")
  Path out;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = KnowledgeBase.openReadOnly(store.dir)) {
      List<Path> files = kb.export(format, out);
      files.forEach(f -> spec.commandLine().getOut().println(f));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
