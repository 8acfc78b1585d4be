package org.attache.store;

/**
 * The store on disk was written with a schema this version of Attaché cannot read and cannot
 * migrate. Refusing is safer than guessing at columns; the message says what to do.
 */
public final class SchemaVersionException extends StoreException {

  private static final long serialVersionUID = 1L;

  public SchemaVersionException(String message) {
    super(message);
  }
}
