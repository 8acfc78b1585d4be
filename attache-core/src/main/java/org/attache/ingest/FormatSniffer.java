package org.attache.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Returns the format of an input from its first bytes, and from its file name only where the bytes
 * say nothing: a feed saved as {@code .html} is still a feed, and random bytes named {@code .html}
 * are still binary. Stateless and thread-safe.
 */
public final class FormatSniffer {

  /** How many bytes of an input the sniffer needs to see. */
  public static final int HEAD = 8192;

  private FormatSniffer() {}

  /** Returns true when {@code head} starts with the gzip magic number. */
  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** Returns the first bytes of the gzip stream whose first compressed bytes are {@code head}. */
  public static byte[] gunzipHead(byte[] head) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      byte[] buf = new byte[1024];
      int r;
      while (out.size() < HEAD && (r = in.read(buf)) > 0) {
        out.write(buf, 0, r);
      }
    } catch (IOException e) {
      // the head of a longer stream ends mid-block: what was inflated before that point is kept
    }
    return out.toByteArray();
  }

  /**
   * Returns the format of a (decompressed) input whose first bytes are {@code head}, or empty when
   * the bytes are binary and the input is no document at all.
   */
  public static Optional<Format> detect(byte[] head, String fileName) {
    if (looksBinary(head)) {
      return Optional.empty();
    }
    String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String start = s.stripLeading();
    if (start.startsWith("WARC/")) {
      return Optional.of(Format.WARC);
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<")) {
      return Optional.of(markup(lower, fileName));
    }
    if (start.startsWith("{") && firstLineIsObject(start)) {
      return Optional.of(Format.JSON_LINES);
    }
    Format named = Format.byName(fileName).orElse(Format.PLAIN_TEXT);
    return Optional.of(named == Format.HTML || named == Format.FEED ? Format.PLAIN_TEXT : named);
  }

  private static Format markup(String lower, String fileName) {
    String body = skipPrologue(lower);
    if (body.startsWith("<rss") || body.startsWith("<feed") || body.startsWith("<rdf:rdf")) {
      return Format.FEED;
    }
    if (body.startsWith("<!doctype html") || body.startsWith("<html") || body.startsWith("<head") || body.startsWith("<body")) {
      return Format.HTML;
    }
    Format named = Format.byName(fileName).orElse(Format.HTML);
    return named == Format.FEED ? Format.FEED : Format.HTML;
  }

  /** Skips the XML declaration, comments and processing instructions before the first element. */
  private static String skipPrologue(String s) {
    String rest = s.stripLeading();
    for (int guard = 0; guard < 32; guard++) {
      int end;
      if (rest.startsWith("<?")) {
        end = rest.indexOf("?>");
        end = end < 0 ? -1 : end + 2;
      } else if (rest.startsWith("<!--")) {
        end = rest.indexOf("-->");
        end = end < 0 ? -1 : end + 3;
      } else {
        return rest;
      }
      if (end < 0) {
        return rest;
      }
      rest = rest.substring(end).stripLeading();
    }
    return rest;
  }

  private static boolean firstLineIsObject(String start) {
    int nl = start.indexOf('\n');
    String line = (nl < 0 ? start : start.substring(0, nl)).strip();
    // a first line longer than the head is cut here; its opening brace and a key are enough
    return nl < 0 ? line.startsWith("{\"") || line.startsWith("{ \"") : line.endsWith("}");
  }

  /**
   * Returns true for bytes no text format holds: NUL bytes, or many C0 controls other than tab,
   * newline, carriage return and form feed.
   */
  static boolean looksBinary(byte[] head) {
    if (head.length == 0) {
      return false;
    }
    int controls = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    return controls * 20 > head.length;
  }
}
