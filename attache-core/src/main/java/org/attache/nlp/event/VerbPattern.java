package org.attache.nlp.event;

import java.util.Objects;

/**
 * One row of the event-pattern table: a trigger lemma and part of speech, the frame that gives the
 * target, a dependent word it needs (or none), the CAMEO code, and whether the act is joint.
 */
public record VerbPattern(String lemma, Pos pos, Frame frame, String needs, String cameo, boolean joint) {

  /** The part of speech a trigger has: "visit" the verb and "visit" the noun code differently. */
  public enum Pos {
    VERB, NOUN, ADJ;

    /** Returns the trigger part of speech of a Penn Treebank tag, or null for other words. */
    public static Pos ofTag(String tag) {
      if (tag.startsWith("VB")) {
        return VERB;
      }
      if (tag.startsWith("NN")) {
        return NOUN;
      }
      return tag.startsWith("JJ") ? ADJ : null;
    }
  }

  /** Where a pattern finds its target. */
  public enum Frame { OBJ, WITH, TO, ON, FOR, FROM, OVER, ABOUT, AGAINST, BETWEEN, AGENT, PLACE, JOINT, APPEAL, PARTNER, SUBJECT, OWNER, INTENT, NONE }

  public VerbPattern {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(frame, "frame");
    needs = needs == null || needs.equals("-") ? "" : needs;
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("cameo must be 2-4 digits: '" + cameo + "'");
    }
  }

  /** Whether the trigger is a noun ("the visit of X"), whose subject is its possessor or "of" phrase. */
  public boolean noun() {
    return pos == Pos.NOUN;
  }

  /** Returns a readable name for --explain: "meet/VERB with -> 040". */
  public String describe() {
    return lemma + "/" + pos + " " + frame.name().toLowerCase(java.util.Locale.ROOT)
        + (needs.isEmpty() ? "" : " +" + needs) + " -> " + cameo;
  }
}
