/**
 * The scorer behind {@code attache eval}: compares a system's extraction output with gold
 * annotations and reports precision, recall and F1 for entities, quotes, quote speakers and
 * events. It is a faithful port of the reference scorer {@code shared/tools/score.py} and follows
 * the rules of {@code shared/gold/SCHEMA.md}; its numbers equal the Python scorer's to the last
 * decimal, which is why some package-private classes here reproduce Python's own semantics
 * (folding, {@code str()}, truthiness, equality) rather than Java's.
 *
 * <p>{@link org.attache.eval.ContractFiles} reads gold and system files, {@link
 * org.attache.eval.GoldScorer} scores them and {@link org.attache.eval.Score} prints the result.
 * Only the output contract (JSON as read by Jackson) is shared with the rest of Attaché: nothing
 * here depends on the pipeline, and the pipeline must not depend on this package.
 */
package org.attache.eval;
