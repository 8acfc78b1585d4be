package org.attache.datafile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a tab-separated data file: UTF-8, {@code #} starts a comment line, blank lines are skipped,
 * the first other line is the header, every later line a row.
 */
public final class DataFile {

  private DataFile() {}

  /** Returns the rows after the header of {@code in}, read as {@code source}. */
  public static List<DataRow> rows(String source, InputStream in) {
    List<DataRow> out = new ArrayList<>();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        out.add(new DataRow(source, n, Arrays.asList(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Returns the rows of the data file {@code name} shipped beside {@code anchor} on the classpath. */
  public static List<DataRow> bundled(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled data file missing from the classpath: " + name + " (beside " + anchor.getName() + ")");
      }
      return rows(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the rows of a user's data file. */
  public static List<DataRow> file(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      return rows(p.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
