package org.attache.model;

/**
 * One edge of a sentence's dependency parse (Universal Dependencies labels, e.g. {@code nsubj},
 * {@code obl:with}). Token positions are 0-based within the sentence; the root has
 * {@code governor == -1}.
 */
public record Dependency(int governor, int dependent, String relation) {

  public Dependency {
    if (dependent < 0 || governor < -1) {
      throw new IllegalArgumentException("bad edge: governor=" + governor + " dependent=" + dependent);
    }
    relation = relation == null ? "dep" : relation;
  }
}
