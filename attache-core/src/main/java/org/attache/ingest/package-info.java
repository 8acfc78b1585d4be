/**
 * Ingest: readers that turn input files into {@link org.attache.model.Article}s with their
 * metadata, and the cleaning that keeps only the article (repeated headlines and boilerplate out,
 * and recorded). Nothing here depends on the NLP stages.
 */
package org.attache.ingest;
