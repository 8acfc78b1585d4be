/**
 * The plain tab-separated data files analysts edit (speech verbs, event patterns, CAMEO and PLOVER
 * tables, boilerplate cues, descriptions): one reader, so that every file treats comments, the
 * header line and errors the same way. Depends on nothing else of Attaché.
 */
package org.attache.datafile;
