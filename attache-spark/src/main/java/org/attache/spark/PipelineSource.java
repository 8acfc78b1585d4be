package org.attache.spark;

import java.io.Serializable;
import org.attache.nlp.Pipeline;

/**
 * Returns the pipeline an executor runs. Shipped to every executor with the job, so it carries
 * only what building needs (file names, never models); equal sources build one pipeline per JVM,
 * so implementations should be records. {@link PipelineFactory} is the real one; tests pass
 * pipelines of stub stages.
 */
@FunctionalInterface
public interface PipelineSource extends Serializable {

  /** Builds the pipeline; called once per executor JVM and source. */
  Pipeline build();
}
