package org.attache.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * Parses a sentence only when it holds a word some stage reads syntax for: a speech verb used as a
 * verb (quotes), an event trigger in the part of speech its pattern has (events; a trigger
 * adjective, "ready to negotiate", is passed with the verbs), or "according
 * to". The rest are tagged but not parsed, which is where most of the speed over CoreNLP's default
 * pipeline comes from: "head of state" or "a report" does not need a parse, "stated" or "reported"
 * does.
 */
public final class CueParseSelector implements ParseSelector {

  private final Set<String> verbs;
  private final Set<String> nouns;

  public CueParseSelector(Set<String> speechVerbs, Set<String> verbTriggers, Set<String> nounTriggers) {
    Set<String> v = new HashSet<>(speechVerbs);
    v.addAll(verbTriggers);
    this.verbs = Set.copyOf(v);
    this.nouns = Set.copyOf(nounTriggers);
  }

  @Override
  public boolean needsParse(List<Token> tokens) {
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if ((t.pos().startsWith("VB") || t.pos().startsWith("JJ")) && verbs.contains(lemma) || t.isNoun() && nouns.contains(lemma)
          || t.word().equalsIgnoreCase("according")) {
        return true;
      }
    }
    return false;
  }
}
