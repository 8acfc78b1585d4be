package org.attache.nlp.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tab-separated registry file: a header line naming the columns, then rows; {@code #} starts a
 * comment line. Rows whose field count differs from the header's are reported by file and line and
 * left out, so one bad line in a user's file costs that line only.
 */
record RegistryTable(String source, List<String> header, List<Row> rows, List<String> problems) {

  /** One data row and the line it came from. */
  record Row(int line, List<String> fields) {
    String get(int i) {
      return i < fields.size() ? fields.get(i).strip() : "";
    }
  }

  static RegistryTable read(String source, InputStream in) {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = Arrays.asList(line.split("\t", -1));
        if (header == null) {
          header = fields.stream().map(String::strip).toList();
        } else if (fields.size() != header.size()) {
          problems.add(source + ":" + n + ": expected " + header.size() + " tab-separated fields, found " + fields.size());
        } else {
          rows.add(new Row(n, fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read registry file " + source, e);
    }
    if (header == null) {
      throw new RegistryFormatException(source + ": no header line");
    }
    return new RegistryTable(source, header, rows, problems);
  }

  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new RegistryFormatException(source + ": missing column '" + name + "' (header: " + String.join(", ", header) + ")");
    }
    return i;
  }

  static List<String> list(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
