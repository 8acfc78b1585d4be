package org.attache.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.FuzzyDate;

/**
 * A TSV index of documents ({@code doc} and {@code published} columns required; {@code outlet},
 * {@code url} and {@code title} optional), as the seeds' {@code index.tsv}. The publication date
 * anchors every relative date of the article, so a malformed date is an error naming the file and
 * line rather than a silent guess.
 */
public final class MetadataIndex {

  private final Map<String, ArticleMetadata> byDoc;

  private MetadataIndex(Map<String, ArticleMetadata> byDoc) {
    this.byDoc = Map.copyOf(byDoc);
  }

  public static MetadataIndex empty() {
    return new MetadataIndex(Map.of());
  }

  public static MetadataIndex read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty metadata file (want a header with doc and published)");
    }
    List<String> header = Arrays.stream(lines.get(0).split("\t", -1)).map(String::strip).toList();
    int doc = header.indexOf("doc");
    int published = header.indexOf("published");
    if (doc < 0 || published < 0) {
      throw new IllegalArgumentException(file + ":1: header must have the columns doc and published, found " + header);
    }
    Map<String, ArticleMetadata> out = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] f = lines.get(n).split("\t", -1);
      if (f.length <= Math.max(doc, published)) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected " + header.size() + " tab-separated fields, found " + f.length);
      }
      try {
        out.put(f[doc].strip(), new ArticleMetadata(date(f[published]), field(f, header, "outlet"), field(f, header, "url"),
            field(f, header, "title")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    return new MetadataIndex(out);
  }

  private static Optional<FuzzyDate> date(String s) {
    String v = s.strip();
    return v.isEmpty() || v.equalsIgnoreCase("null") ? Optional.empty() : Optional.of(FuzzyDate.parse(v));
  }

  private static Optional<String> field(String[] f, List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0 || i >= f.length) {
      return Optional.empty();
    }
    String v = f[i].strip();
    return v.isEmpty() || v.equalsIgnoreCase("unknown") ? Optional.empty() : Optional.of(v);
  }

  public ArticleMetadata lookup(String doc) {
    return byDoc.getOrDefault(doc, ArticleMetadata.none());
  }
}
