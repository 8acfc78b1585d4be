package org.attache.app;

import picocli.CommandLine;

/** Starts the {@code attache} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AttacheCommand());
    cl.setExecutionExceptionHandler(new FailureHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
