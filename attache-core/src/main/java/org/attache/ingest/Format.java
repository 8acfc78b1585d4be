package org.attache.ingest;

import java.util.List;
import java.util.Locale;

/** The input formats Attaché reads, each with the file name endings that announce it. */
public enum Format {
  PLAIN_TEXT(List.of(".txt", ".text")),
  HTML(List.of(".html", ".htm", ".xhtml")),
  FEED(List.of(".rss", ".atom", ".xml")),
  WARC(List.of(".warc", ".warc.gz", ".arc.gz")),
  JSON_LINES(List.of(".jsonl", ".ndjson", ".jsonl.gz"));

  private final List<String> endings;

  Format(List<String> endings) {
    this.endings = endings;
  }

  /** Returns the format a file name announces by its ending, if it is one of ours. */
  public static java.util.Optional<Format> byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      for (String e : f.endings) {
        if (n.endsWith(e)) {
          return java.util.Optional.of(f);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Returns the file name without the ending of a known format (or its last extension). */
  public static String stem(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    int cut = -1;
    for (Format f : values()) {
      for (String e : f.endings) {
        if (n.endsWith(e) && n.length() > e.length()) {
          cut = Math.max(cut, e.length());
        }
      }
    }
    if (cut > 0) {
      return fileName.substring(0, fileName.length() - cut);
    }
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
