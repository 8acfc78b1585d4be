package org.attache.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * The speech and cognition verbs that introduce quotations, from the data file
 * {@code org/attache/nlp/quote/speech-verbs.tsv} (users extend it). "point" counts only with
 * "out" after it; the table also says which verbs report words said before them.
 */
public final class SpeechVerbs {

  private final Set<String> lemmas;
  private final Set<String> trailing;

  private SpeechVerbs(Set<String> lemmas, Set<String> trailing) {
    this.lemmas = Set.copyOf(lemmas);
    this.trailing = Set.copyOf(trailing);
  }

  public static SpeechVerbs bundled() {
    try (InputStream in = SpeechVerbs.class.getResourceAsStream("speech-verbs.tsv")) {
      if (in == null) {
        throw new IllegalStateException("speech-verbs.tsv missing from the classpath");
      }
      Set<String> out = new HashSet<>();
      Set<String> after = new HashSet<>();
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
      }
      return new SpeechVerbs(out, after);
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
    if (lemma.equals("point")) {
      return i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("out");
    }
    return lemmas.contains(lemma);
  }

  /** Returns true when the verb at {@code i} may report words said before it ("…, X said"). */
  public boolean reportsBefore(List<Token> tokens, int i) {
    return isCue(tokens, i) && trailing.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
  }

  public Set<String> lemmas() {
    return lemmas;
  }
}
