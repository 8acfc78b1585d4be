/**
 * The output contract ({@code shared/gold/SCHEMA.md}): one JSON object per article with its
 * entities, quotes and events, plus the text and the character offsets that point into it.
 */
package org.attache.jsonl;
