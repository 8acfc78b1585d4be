/**
 * Events: verb and noun patterns (a data file users extend) that code interactions with CAMEO, their
 * source and target actors, date, place and status, and the merge of one event told by many
 * articles.
 */
package org.attache.nlp.event;
