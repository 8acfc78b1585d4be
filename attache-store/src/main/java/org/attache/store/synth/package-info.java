/**
 * Synthetic data for benchmarks: articles written from templates over the actor registry, with
 * the records the pipeline would extract from them, and the query-latency benchmark run over a
 * store filled with them. Nothing here is used by ingest or queries; nothing may depend on it.
 */
package org.attache.store.synth;
