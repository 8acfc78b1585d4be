package org.attache.nlp.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.datafile.DataFile;
import org.attache.datafile.DataRow;
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
    Set<String> out = new HashSet<>();
    Set<String> after = new HashSet<>();
    Map<String, String> needs = new HashMap<>();
    for (DataRow row : DataFile.bundled(SpeechVerbs.class, "speech-verbs.tsv")) {
      String lemma = row.get(0).toLowerCase(Locale.ROOT);
      out.add(lemma);
      if (row.get(1).equalsIgnoreCase("yes")) {
        after.add(lemma);
      }
      if (!row.get(2).isEmpty() && !row.get(2).equals("-")) {
        needs.put(lemma, row.get(2).toLowerCase(Locale.ROOT));
      }
    }
    return new SpeechVerbs(out, after, needs);
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
