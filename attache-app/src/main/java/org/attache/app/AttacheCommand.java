package org.attache.app;

import picocli.CommandLine.Command;

/** The top-level command: reads diplomatic news and keeps the record. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "attache 0.1.0",
    description = "Reads diplomatic news and keeps the record: who met whom, who said what, when and where.",
    subcommands = {ExtractCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class, ActorsCommand.class,
        IngestCommand.class, SearchCommand.class, QuotesCommand.class, TimelineCommand.class, ActorCommand.class, GraphCommand.class,
        FramingCommand.class, SqlCommand.class, ExportCommand.class, SynthCommand.class, StoreBenchCommand.class, ServeCommand.class,
        ServeBenchCommand.class, LoadParquetCommand.class})
final class AttacheCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
