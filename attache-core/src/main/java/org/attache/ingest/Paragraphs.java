package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits text into paragraphs at blank lines, dropping empty ones and trailing spaces. */
final class Paragraphs {

  private Paragraphs() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      String s = p.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
