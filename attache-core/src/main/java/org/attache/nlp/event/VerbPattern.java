package org.attache.nlp.event;

import java.util.Objects;

/**
 * One row of the event-pattern table: a trigger lemma and part of speech, the frame that gives the
 * target, a dependent word it needs (or none), the CAMEO code, and whether the act is joint.
 */
public record VerbPattern(String lemma, boolean noun, Frame frame, String needs, String cameo, boolean joint) {

  /** Where a pattern finds its target. */
  public enum Frame { OBJ, WITH, TO, ON, FOR, AGAINST, BETWEEN, AGENT, PLACE, NONE }

  public VerbPattern {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(frame, "frame");
    needs = needs == null || needs.equals("-") ? "" : needs;
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("cameo must be 2-4 digits: '" + cameo + "'");
    }
  }

  /** Returns a readable name for --explain: "meet/VERB with -> 040". */
  public String describe() {
    return lemma + "/" + (noun ? "NOUN" : "VERB") + " " + frame.name().toLowerCase(java.util.Locale.ROOT)
        + (needs.isEmpty() ? "" : " +" + needs) + " -> " + cameo;
  }
}
