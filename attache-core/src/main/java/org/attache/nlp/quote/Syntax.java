package org.attache.nlp.quote;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/** Reads a subtree of one sentence's dependency tree as the text span it covers. */
final class Syntax {

  private Syntax() {}

  /** Returns the span of the subtree rooted at {@code root}, leaving out leading marks ("that"). */
  static TextSpan subtree(Sentence s, int root) {
    int lo = root;
    int hi = root;
    Deque<Integer> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : s.children(t)) {
        if (t == root && (d.relation().equals("mark") || d.relation().equals("punct")) && d.dependent() < root) {
          continue;
        }
        lo = Math.min(lo, d.dependent());
        hi = Math.max(hi, d.dependent());
        todo.push(d.dependent());
      }
    }
    while (hi > lo && isPunct(s, hi)) {
      hi--;
    }
    while (lo < hi && isPunct(s, lo)) {
      lo++;
    }
    return new TextSpan(s.token(lo).span().start(), s.token(hi).span().end());
  }

  private static boolean isPunct(Sentence s, int i) {
    return !s.token(i).word().chars().anyMatch(Character::isLetterOrDigit);
  }
}
