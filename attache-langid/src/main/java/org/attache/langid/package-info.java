/**
 * Language identification for ingest: {@link org.attache.langid.OpenNlpLanguageGuesser} implements
 * core's {@link org.attache.ingest.LanguageGuesser} with OpenNLP and its model artifact. A module of
 * its own because core loads no model; only the application depends on it.
 */
package org.attache.langid;
