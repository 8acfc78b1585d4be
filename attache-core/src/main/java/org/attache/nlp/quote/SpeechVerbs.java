package org.attache.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * The speech and cognition verbs that introduce quotations, from the data file
 * {@code org/attache/nlp/quote/speech-verbs.tsv} (users extend it). A verb may need a word after
 * it ("point out", "make it clear"); the table also says which verbs report words said before them.
 */
public final class SpeechVerbs {

  private static final int NEEDS_WITHIN = 3;

  private final Set<String> lemmas;
  private final Set<String> trailing;
  private final Map<String, String> needs;

  private SpeechVerbs(Set<String> lemmas, Set<String> trailing, Map<String, String> needs) {
    this.lemmas = Set.copyOf(lemmas);
    this.trailing = Set.copyOf(trailing);
    this.needs = Map.copyOf(needs);
  }

  public static SpeechVerbs bundled() {
    try (InputStream in = SpeechVerbs.class.getResourceAsStream("speech-verbs.tsv")) {
      if (in == null) {
        throw new IllegalStateException("speech-verbs.tsv missing from the classpath");
      }
      Set<String> out = new HashSet<>();
      Set<String> after = new HashSet<>();
      Map<String, String> needs = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        String lemma = f[0].strip().toLowerCase(Locale.ROOT);
        out.add(lemma);
        if (f.length > 1 && f[1].strip().equalsIgnoreCase("yes")) {
          after.add(lemma);
        }
        if (f.length > 2 && !f[2].strip().equals("-") && !f[2].isBlank()) {
          needs.put(lemma, f[2].strip().toLowerCase(Locale.ROOT));
        }
      }
      return new SpeechVerbs(out, after, needs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns true when token {@code i} of {@code tokens} is a speech verb. */
  public boolean isCue(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (!lemmas.contains(lemma)) {
      return false;
    }
    String needed = needs.get(lemma);
    if (needed == null) {
      return true;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + NEEDS_WITHIN; k++) {
      if (tokens.get(k).word().equalsIgnoreCase(needed)) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when the verb at {@code i} may report words said before it ("…, X said"). */
  public boolean reportsBefore(List<Token> tokens, int i) {
    return isCue(tokens, i) && trailing.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
  }

  public Set<String> lemmas() {
    return lemmas;
  }
}
