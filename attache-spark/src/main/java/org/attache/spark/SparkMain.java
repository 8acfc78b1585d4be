package org.attache.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The job jar's entry point, {@code attache spark}: what {@code spark-submit} runs on a cluster,
 * and what the {@code ./attache} launcher runs in local mode with Spark's jars on the class path.
 */
@Command(name = "attache spark", mixinStandardHelpOptions = true, version = "attache 0.1.0",
    description = "Runs Attaché's pipeline on Apache Spark.", subcommands = SparkExtractCommand.class)
public final class SparkMain implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
