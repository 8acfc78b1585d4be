package org.attache.app;

/** A mistake in how the command was called (a missing path, a bad option): exit code 2. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
