package org.attache.nlp.event;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/**
 * The span of a noun phrase in the parse: its head with its modifiers, but without coordinated
 * phrases, relative clauses or clausal modifiers, so that "Lavrov, who met Aliyev" does not hand
 * Aliyev to the phrase.
 */
final class PhraseSpan {

  private static final Set<String> STOP = Set.of("conj", "cc", "acl", "acl:relcl", "advcl", "parataxis", "appos:x", "punct", "dep");

  private PhraseSpan() {}

  static TextSpan withoutClauses(Sentence s, int head) {
    int lo = head;
    int hi = head;
    Deque<Integer> todo = new ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : s.children(t)) {
        if (STOP.contains(d.relation()) || d.relation().startsWith("conj")) {
          continue;
        }
        lo = Math.min(lo, d.dependent());
        hi = Math.max(hi, d.dependent());
        todo.push(d.dependent());
      }
    }
    return new TextSpan(s.token(lo).span().start(), s.token(hi).span().end());
  }
}
