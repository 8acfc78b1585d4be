package org.attache.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the terminal: columns as wide as their widest cell up to a cap, longer
 * cells cut with an ellipsis, one space-padded line per row. Built row by row, printed once.
 */
final class TextTable {

  private final List<String> header;
  private final int[] caps;
  private final List<List<String>> rows = new ArrayList<>();

  /** {@code caps} gives each column's widest allowed width; missing caps mean 60. */
  TextTable(List<String> header, int... caps) {
    this.header = List.copyOf(header);
    this.caps = Arrays.copyOf(caps, header.size());
    for (int i = 0; i < this.caps.length; i++) {
      this.caps[i] = this.caps[i] == 0 ? 60 : this.caps[i];
    }
  }

  TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "" : String.valueOf(c).replaceAll("\\s+", " "));
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.min(caps[i], header.get(i).length());
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], Math.min(caps[i], r.get(i).length()));
      }
    }
    line(out, header, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    out.println(rule);
    rows.forEach(r -> line(out, r, w));
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      if (c.length() > w[i]) {
        c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
      }
      b.append(i == 0 ? "" : "  ").append(c);
      if (i < w.length - 1) {
        b.append(" ".repeat(w[i] - c.length()));
      }
    }
    out.println(b.toString().stripTrailing());
  }
}
