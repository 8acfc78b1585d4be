package org.attache.spark.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.nlp.Pipeline;
import org.attache.spark.PipelineSource;

/**
 * Holds the pipelines of this JVM, one per source, built on first use: an executor runs many
 * tasks (one per partition, several at once), and each would otherwise load CoreNLP's models
 * again. The pipeline is thread-safe, so concurrent tasks share it. Thread-safe.
 */
public final class PipelineHolder {

  private static final Map<PipelineSource, Pipeline> BUILT = new ConcurrentHashMap<>();

  private PipelineHolder() {}

  /** Returns this JVM's pipeline for {@code source}, building it the first time. */
  public static Pipeline get(PipelineSource source) {
    return BUILT.computeIfAbsent(source, PipelineSource::build);
  }

  /** Returns how many pipelines this JVM has built, for tests of the once-per-JVM promise. */
  public static int built() {
    return BUILT.size();
  }
}
