package org.attache.nlp.quote;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/** Reads the dependency tree of one sentence: children by relation, subtrees as text spans. */
final class Syntax {

  private Syntax() {}

  static Optional<Integer> child(Sentence s, int head, String... relations) {
    for (Dependency d : s.children(head)) {
      for (String r : relations) {
        if (d.relation().equals(r) || d.relation().startsWith(r + ":")) {
          return Optional.of(d.dependent());
        }
      }
    }
    return Optional.empty();
  }

  static String relation(Sentence s, int token) {
    return s.head(token).map(Dependency::relation).orElse("");
  }

  static int governor(Sentence s, int token) {
    return s.head(token).map(Dependency::governor).orElse(-1);
  }

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
