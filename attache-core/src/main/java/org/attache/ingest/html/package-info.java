/**
 * Reading a web page: its main text ({@link org.attache.ingest.html.ContentExtractor}, with
 * {@link org.attache.ingest.html.BlockScoringExtractor} as the extractor we ship) and what it says
 * of itself ({@link org.attache.ingest.html.MetadataReader}). Built on jsoup's DOM; knows nothing of
 * articles' ids, files or formats, which {@code org.attache.ingest} adds. Nothing outside ingest
 * should depend on it.
 */
package org.attache.ingest.html;
