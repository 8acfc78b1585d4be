package org.attache.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.attache.store.StoreException;
import org.attache.store.StoreInUseException;

/**
 * The one-writer lock of a store: an OS file lock on {@code attache.lock}, which holds the PID of the
 * writer so that the second writer's error can name it. The OS releases the lock when the process
 * dies, even by {@code kill -9}, so a crashed ingest never leaves the store locked.
 */
public final class StoreLock implements AutoCloseable {

  public static final String FILE = "attache.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of the store in {@code dir} or throws {@link StoreInUseException} naming the holder. */
  public static StoreLock acquire(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(ch);
      if (lock == null) {
        ch.close();
        throw new StoreInUseException(dir, holder(file));
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      ch.force(true);
      return new StoreLock(ch, lock);
    } catch (IOException e) {
      closeQuietly(ch);
      throw new StoreException("cannot lock store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static String holder(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // the original failure is the one to report
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new StoreException("cannot release store lock: " + e.getMessage(), e);
    }
  }
}
