package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One input to read: a file or standard input, already open. Readers take their bytes from
 * {@link #bytes()} and never read more than {@code maxBytes} of one document.
 *
 * @param name the path as given, or {@code -}; messages and {@code file#n} ids use it
 * @param id the document id of a single-article input (the file name without its extension)
 */
public record Input(String name, String id, InputStream bytes, long maxBytes) {

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bytes, "bytes");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
    }
  }

  /** Bytes read up to a limit, and whether more were there. */
  public record Bounded(byte[] data, boolean cut) {}

  /** Reads the whole input, or its first {@code maxBytes} when it is longer. */
  public Bounded readBounded() throws IOException {
    return readAtMost(bytes, maxBytes);
  }

  /** Reads at most {@code limit} bytes of {@code in}; {@code cut} says whether more were there. */
  public static Bounded readAtMost(InputStream in, long limit) throws IOException {
    int max = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    byte[] data = in.readNBytes(max);
    boolean cut = data.length == max && in.read() >= 0;
    return new Bounded(data, cut);
  }

  /** Returns the id of the n-th record (from 1) of a container input: {@code id#n}. */
  public String recordId(int n) {
    return id + "#" + n;
  }

  /** Returns the name of the n-th record (from 1), for messages: {@code name#n}. */
  public String recordName(int n) {
    return name + "#" + n;
  }
}
