/**
 * How the knowledge base works: the DuckDB schema and its version check, the batch writer and the
 * cross-article event linking, the Lucene index and its sync point, the lock, and one class per
 * query. Only {@code org.attache.store} may use this package; callers go through KnowledgeBase.
 */
package org.attache.store.internal;
