package org.attache.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.corenlp.StandardPipeline;
import org.attache.nlp.Pipeline;

/**
 * Keeps the one pipeline a process runs ({@link StandardPipeline}, models loaded once): a second
 * request for the same actor and pattern files gets the same pipeline.
 */
final class Engine {

  private static final Map<List<List<Path>>, Pipeline> BUILT = new ConcurrentHashMap<>();

  private Engine() {}

  static Pipeline pipeline(List<Path> actorFiles, List<Path> patternFiles) {
    return BUILT.computeIfAbsent(List.of(List.copyOf(actorFiles), List.copyOf(patternFiles)), k -> StandardPipeline.build(k.get(0), k.get(1)));
  }
}
