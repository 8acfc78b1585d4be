package org.attache.model;

/** Whether a quote gives the speaker's words inside quote marks or reports them. */
public enum QuoteKind {
  /** Words inside quote marks, even mismatched or unbalanced ones. */
  DIRECT,
  /** Reported speech: "X said that ...", "according to X, ...". */
  INDIRECT
}
