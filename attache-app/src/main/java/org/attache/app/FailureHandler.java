package org.attache.app;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to one line on stderr and an exit code: 2 for usage mistakes and unreadable input,
 * 1 for everything else. The stack trace is shown only with {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    boolean verbose = parsed.originalArgs().contains("--verbose");
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      message = e.getCause().getMessage() == null ? message : message;
    }
    cmd.getErr().println("attache: " + message);
    if (verbose) {
      e.printStackTrace(cmd.getErr());
    }
    boolean usage = e instanceof UsageException || e instanceof IllegalArgumentException || e instanceof UncheckedIOException;
    return usage ? 2 : 1;
  }
}
