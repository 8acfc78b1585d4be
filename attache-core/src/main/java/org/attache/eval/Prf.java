package org.attache.eval;

/**
 * Precision, recall and their harmonic mean for one facet. Kept as plain doubles computed in
 * score.py's order of operations, so that they equal the reference scorer's bit for bit.
 */
public record Prf(double precision, double recall, double f1) {}
