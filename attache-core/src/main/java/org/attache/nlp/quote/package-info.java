/**
 * Quotes: direct quotations between quote marks of any style and reported speech, each attributed to
 * its speaker through the parse, the neighbouring sentences, pronouns and role nouns.
 */
package org.attache.nlp.quote;
