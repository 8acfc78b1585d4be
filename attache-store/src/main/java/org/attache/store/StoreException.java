package org.attache.store;

/**
 * The knowledge base could not do what was asked for a reason that is not the caller's mistake: the
 * database or the index failed, or a file could not be written. The message names the store.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
