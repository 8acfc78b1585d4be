package org.attache.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.apache.spark.input.PortableDataStream;

/**
 * One thing to read on an executor: a whole file (text, WARC, WARC.gz) opened there from its
 * stream, or one line of a JSON Lines file, which Spark splits across partitions. {@code line}
 * counts from 1, and is 0 for a whole file.
 */
public record RawInput(String fileName, long line, byte[] bytes, PortableDataStream stream) implements Serializable {

  private static final long serialVersionUID = 1L;

  public static RawInput file(String fileName, PortableDataStream stream) {
    return new RawInput(fileName, 0, null, stream);
  }

  public static RawInput line(String fileName, long line, byte[] bytes) {
    return new RawInput(fileName, line, bytes, null);
  }

  /** Opens the bytes to read; the caller closes the stream. */
  public InputStream open() throws IOException {
    return stream != null ? stream.open() : new ByteArrayInputStream(bytes);
  }

  /** Returns what messages call this input: the file, and the line for a JSON line. */
  public String name() {
    return line == 0 ? fileName : fileName + "#" + line;
  }
}
