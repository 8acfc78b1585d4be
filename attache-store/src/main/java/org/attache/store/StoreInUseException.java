package org.attache.store;

import java.nio.file.Path;

/**
 * Another process (or another handle in this one) is writing the store. Two writers would
 * interleave batches and corrupt the index, so the second is refused with the holder's PID.
 */
public final class StoreInUseException extends StoreException {

  private static final long serialVersionUID = 1L;

  public StoreInUseException(Path dir, String pid) {
    super("store is in use by PID " + (pid.isBlank() ? "unknown" : pid) + ": " + dir
        + " (wait for that process to finish, or stop it; the lock is released when it exits)");
  }
}
