package org.attache.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * Parses a sentence only when it holds a word some stage reads syntax for: a speech verb (quotes),
 * an event trigger (events), or "according to". The rest are tagged but not parsed, which is
 * where most of the speed over CoreNLP's default pipeline comes from.
 */
public final class CueParseSelector implements ParseSelector {

  private final Set<String> lemmas;

  public CueParseSelector(Set<String> speechVerbs, Set<String> eventTriggers) {
    Set<String> all = new HashSet<>(speechVerbs);
    all.addAll(eventTriggers);
    all.add("according");
    this.lemmas = Set.copyOf(all);
  }

  @Override
  public boolean needsParse(List<Token> tokens) {
    for (Token t : tokens) {
      if (lemmas.contains(t.lemma().toLowerCase(Locale.ROOT)) || lemmas.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
