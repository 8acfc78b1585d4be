package org.attache.datafile;

import java.util.List;

/** One data row of a tab-separated data file, with the file and line it came from for error messages. */
public record DataRow(String source, int line, List<String> fields) {

  public DataRow {
    fields = List.copyOf(fields);
  }

  /** Returns field {@code i} without surrounding white space, or "" when the row is shorter. */
  public String get(int i) {
    return i < fields.size() ? fields.get(i).strip() : "";
  }

  public int size() {
    return fields.size();
  }

  /** Returns an error naming this row's file and line: {@code file:12: message}. */
  public IllegalArgumentException problem(String message) {
    return new IllegalArgumentException(source + ":" + line + ": " + message);
  }

  /** Fails unless the row has exactly {@code n} fields. */
  public DataRow requireFields(int n) {
    if (fields.size() != n) {
      throw problem("expected " + n + " tab-separated fields, found " + fields.size());
    }
    return this;
  }
}
