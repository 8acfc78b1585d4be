package org.attache.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.attache.corenlp.StandardPipeline;
import org.attache.nlp.Pipeline;

/**
 * Builds the pipeline the CLI runs ({@link StandardPipeline}) on each executor: the bundled
 * actor registry plus the user's tables, the verb patterns, and CoreNLP with its models. The
 * user's tables are named as {@link org.apache.spark.SparkContext#addFile} shipped them, and read
 * on each executor from {@link SparkFiles}; none means the bundled data alone. Building loads
 * CoreNLP's models (about 25 s and 2 GB of heap), which is why executors build it once.
 */
public record PipelineFactory(List<String> actorFiles, List<String> patternFiles) implements PipelineSource {

  private static final long serialVersionUID = 1L;

  public PipelineFactory {
    actorFiles = List.copyOf(actorFiles);
    patternFiles = List.copyOf(patternFiles);
  }

  /** Returns the factory of the bundled data alone. */
  public static PipelineFactory bundled() {
    return new PipelineFactory(List.of(), List.of());
  }

  @Override
  public Pipeline build() {
    return StandardPipeline.build(shipped(actorFiles), shipped(patternFiles));
  }

  private static List<Path> shipped(List<String> names) {
    return names.stream().map(n -> Path.of(SparkFiles.get(n))).toList();
  }
}
