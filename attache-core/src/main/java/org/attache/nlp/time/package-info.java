/**
 * Finding time expressions in English news text and dating them against the article's publication
 * date, at the precision the text gives.
 *
 * <p>{@link org.attache.nlp.time.TimeResolver} is the entry point and {@link
 * org.attache.nlp.time.TenseAwareTimeResolver} its implementation. Inside, {@code TimeGrammar}
 * finds the expressions ("3 December 2019", "on Tuesday", "last week", "mid-2021") with the
 * patterns and words of {@code Lexicon}, and {@code Readings} turns each match into a {@code
 * TimeMention}: a full date, a day or month without its year, a weekday, a shift from the
 * publication date, or a reference back ("the same day"). {@code TenseDetector} tells from the cue
 * words of the sentence whether an expression is used in the past, present or future, and {@code
 * Anchoring} resolves the mention: a yearless "3 December" in a past sentence is the latest 3
 * December not after publication, in a future one the earliest not before it. No result is stated
 * more precisely than both the text and the publication date allow.
 */
package org.attache.nlp.time;
