/**
 * Ingest: turns input files into {@link org.attache.model.Article}s with their metadata. The front
 * door is {@link org.attache.ingest.ArticleSources}: it detects each input's format by content
 * ({@link org.attache.ingest.FormatSniffer}), reads it with one
 * {@link org.attache.ingest.ArticleReader} per format (plain text, HTML, RSS/Atom, WARC, JSON
 * Lines), and skips other languages and copies ({@link org.attache.ingest.NearDuplicates}). Every
 * format's text goes through the same cleaning ({@link org.attache.ingest.PlainTextReader},
 * {@link org.attache.ingest.BoilerplateFilter}); limits live in
 * {@link org.attache.ingest.IngestConfig}. Page analysis lives in {@code ingest.html}. Nothing here
 * depends on the NLP stages, and nothing but the application's adapters should depend on the
 * readers themselves rather than on {@code ArticleSources}.
 */
package org.attache.ingest;
