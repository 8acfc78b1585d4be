package org.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes no longer than a limit: a 50 MB line is skipped to its end, never held,
 * and reported as too long. Not thread-safe: one per input.
 */
final class BoundedLines {

  /** One line: its bytes, its number from 1, and whether it was longer than the limit. */
  record Line(byte[] bytes, int number, boolean tooLong) {}

  private final InputStream in;
  private final int limit;
  private int number;
  private boolean done;

  BoundedLines(InputStream in, long limit) {
    this.in = in;
    this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 16);
  }

  /** Returns the next line without its end, or null at the end of the input. */
  Line next() throws IOException {
    if (done) {
      return null;
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    boolean tooLong = false;
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (buf.size() < limit) {
        buf.write(c);
      } else {
        tooLong = true;
      }
    }
    if (c < 0) {
      done = true;
      if (buf.size() == 0 && !tooLong) {
        return null;
      }
    }
    number++;
    byte[] bytes = buf.toByteArray();
    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new Line(java.util.Arrays.copyOf(bytes, end), number, tooLong);
  }
}
