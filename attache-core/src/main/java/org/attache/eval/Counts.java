package org.attache.eval;

/**
 * The four counts behind one facet's score, as score.py keeps them: system items judged right,
 * system items judged at all, gold items found and gold items. Precision and recall have separate
 * numerators because a system entity that repeats an already matched one is left out of the
 * system side only.
 */
public record Counts(int systemRight, int systemTotal, int goldFound, int goldTotal) {

  /** No items on either side. */
  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  public Counts {
    if (systemRight < 0 || systemRight > systemTotal) {
      throw new IllegalArgumentException(
          "systemRight=" + systemRight + " must lie in [0, systemTotal=" + systemTotal + "]");
    }
    if (goldFound < 0 || goldFound > goldTotal) {
      throw new IllegalArgumentException(
          "goldFound=" + goldFound + " must lie in [0, goldTotal=" + goldTotal + "]");
    }
  }

  /** Returns precision, recall and F1; each is 0.0 where its denominator is 0. */
  public Prf prf() {
    double p = systemTotal == 0 ? 0.0 : (double) systemRight / systemTotal;
    double r = goldTotal == 0 ? 0.0 : (double) goldFound / goldTotal;
    double f = p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
    return new Prf(p, r, f);
  }

  /** Returns these counts added to {@code other}'s, as when documents are summed into a total. */
  public Counts plus(Counts other) {
    return new Counts(
        systemRight + other.systemRight,
        systemTotal + other.systemTotal,
        goldFound + other.goldFound,
        goldTotal + other.goldTotal);
  }
}
