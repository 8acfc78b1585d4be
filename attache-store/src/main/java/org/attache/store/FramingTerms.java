package org.attache.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The competing terms {@code framing} counts: the bundled {@code org/attache/store/framing.tsv}
 * (Nagorno-Karabakh or Karabakh, occupied or liberated territories, Zangezur or Syunik, ...) plus
 * the user's files in the same format. A malformed row fails the load with file and line.
 */
public record FramingTerms(List<Term> terms) {

  /** One term of one topic and the spellings that count as it. */
  public record Term(String topic, String term, List<String> variants) {
    public Term {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(term, "term");
      variants = List.copyOf(variants);
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("term '" + term + "' has no variants");
      }
    }
  }

  public FramingTerms {
    terms = List.copyOf(terms);
  }

  public static FramingTerms bundled() {
    return load(List.of());
  }

  public static FramingTerms load(List<Path> userFiles) {
    List<Term> all = new ArrayList<>();
    try (InputStream in = FramingTerms.class.getResourceAsStream("/org/attache/store/framing.tsv")) {
      if (in == null) {
        throw new IllegalStateException("framing.tsv missing from the classpath");
      }
      all.addAll(read("framing.tsv", in));
      for (Path p : userFiles) {
        try (InputStream u = Files.newInputStream(p)) {
          all.addAll(read(p.toString(), u));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read framing terms: " + e.getMessage(), e);
    }
    return new FramingTerms(all);
  }

  /** Returns the distinct topics in file order. */
  public List<String> topics() {
    return terms.stream().map(Term::topic).distinct().toList();
  }

  private static List<Term> read(String source, InputStream in) throws IOException {
    List<Term> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    boolean header = true;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (line.startsWith("topic\t")) {
          continue;
        }
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(source + ":" + n + ": expected topic, term and variants separated by tabs");
      }
      List<String> variants = new ArrayList<>();
      for (String v : f[2].split("\\|")) {
        if (!v.isBlank()) {
          variants.add(v.strip());
        }
      }
      out.add(new Term(f[0].strip(), f[1].strip(), variants));
    }
    return out;
  }
}
