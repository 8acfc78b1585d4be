package org.attache.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads gold and system documents the way {@code score.py} loads them, keyed by their "doc" field:
 * a directory of {@code *.json} files in file-name order, or a JSON Lines file with blank lines
 * skipped. When two files or lines give the same "doc", the later one wins and the first keeps its
 * place. Input is strict UTF-8 JSON (plus Python's NaN and Infinity); a file or line that is not,
 * or that is not an object with a string "doc", is refused with its file and line named.
 */
public final class ContractFiles {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  // Python sorts file names by code point; String.compareTo sorts by UTF-16 unit
  private static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

  private ContractFiles() {}

  /** Returns the gold documents of {@code dir}: every {@code *.json} in it, by file name. */
  public static Map<String, JsonNode> readGoldDir(Path dir) {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    for (Path file : jsonFiles(dir)) {
      String text = read(file);
      put(docs, parse(text, file.toString()), file.toString());
    }
    return docs;
  }

  /** Returns the system documents in a JSON Lines file, or in a directory of *.json files. */
  public static Map<String, JsonNode> readSystem(Path fileOrDir) {
    if (Files.isDirectory(fileOrDir)) {
      return readGoldDir(fileOrDir);
    }
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    // BufferedReader ends lines at \n, \r and \r\n, as Python's text files do
    try (BufferedReader in = Files.newBufferedReader(fileOrDir, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String stripped = stripPythonWhitespace(line);
        if (!stripped.isEmpty()) {
          String where = fileOrDir + ":" + number;
          put(docs, parse(stripped, where), where);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileOrDir + ": " + e.getMessage(), e);
    }
    return docs;
  }

  private static List<Path> jsonFiles(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted(CODE_POINT_ORDER)
          .map(dir::resolve)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as UTF-8: " + e.getMessage(), e);
    }
  }

  private static JsonNode parse(String text, String where) {
    if (text.startsWith("\uFEFF")) { // Python's json refuses a byte order mark; so do we
      throw new IllegalArgumentException(where + ": starts with a byte order mark");
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException(where + ": no JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void put(Map<String, JsonNode> docs, JsonNode node, String where) {
    JsonNode doc = node.isObject() ? node.get("doc") : null;
    if (doc == null || !doc.isTextual()) {
      throw new IllegalArgumentException(where + ": not a JSON object with a string \"doc\"");
    }
    docs.put(doc.textValue(), node);
  }

  // str.strip() with no argument strips what Python's str.isspace() accepts, \u00a0 included
  private static String stripPythonWhitespace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPythonSpace(char c) {
    return (c >= '\t' && c <= '\r')
        || (c >= '\u001c' && c <= ' ')
        || c == '\u0085'
        || c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }
}
