package org.attache.model;

import java.util.Objects;

/**
 * Something that went wrong with one document at one stage. Problems are recorded and reported; they
 * never stop a batch.
 */
public record Problem(String document, String stage, String message) {

  public Problem {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }
}
