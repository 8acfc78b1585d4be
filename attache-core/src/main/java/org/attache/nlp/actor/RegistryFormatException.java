package org.attache.nlp.actor;

/** A registry file that cannot be read as documented; the message names the file and the line. */
public final class RegistryFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RegistryFormatException(String message) {
    super(message);
  }
}
