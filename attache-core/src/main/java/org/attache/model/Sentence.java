package org.attache.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence: its tokens and, when the backend parsed it, its dependency edges. A backend may
 * leave sentences unparsed ({@code parsed == false}) when nothing downstream needs their syntax.
 */
public record Sentence(int index, TextSpan span, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Returns the governor of token {@code i} and the relation, or empty for the root or unparsed. */
  public Optional<Dependency> head(int i) {
    for (Dependency d : dependencies) {
      if (d.dependent() == i) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Returns the relation by which token {@code i} depends on its governor; "" for the root or unparsed. */
  public String relationOf(int i) {
    return head(i).map(Dependency::relation).orElse("");
  }

  /** Returns the governor of token {@code i}; -1 for the root or unparsed. */
  public int governorOf(int i) {
    return head(i).map(Dependency::governor).orElse(-1);
  }

  /**
   * Returns the first dependent of token {@code head} by {@code relation} or one of its subtypes
   * ({@code "nsubj"} also finds {@code nsubj:pass}).
   */
  public Optional<Integer> child(int head, String relation) {
    for (Dependency d : dependencies) {
      if (d.governor() == head && (d.relation().equals(relation) || d.relation().startsWith(relation + ":"))) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  /** Returns the edges whose governor is token {@code i}. */
  public List<Dependency> children(int i) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == i) {
        out.add(d);
      }
    }
    return out;
  }

  /** Returns the index of the first token overlapping {@code span}, or -1. */
  public int tokenAt(TextSpan span) {
    for (Token t : tokens) {
      if (t.span().overlaps(span) || (span.length() == 0 && t.span().start() == span.start())) {
        return t.index();
      }
    }
    return -1;
  }
}
