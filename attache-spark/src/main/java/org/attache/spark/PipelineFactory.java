package org.attache.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.attache.corenlp.CoreNlpAnnotator;
import org.attache.corenlp.CoreNlpSettings;
import org.attache.nlp.CueParseSelector;
import org.attache.nlp.Pipeline;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.RegistryActorResolver;
import org.attache.nlp.event.PatternEventCoder;
import org.attache.nlp.event.VerbPatterns;
import org.attache.nlp.quote.ActorRegistryView;
import org.attache.nlp.quote.NewsQuoteFinder;
import org.attache.nlp.quote.SpeechVerbs;
import org.attache.nlp.time.TenseAwareTimeResolver;

/**
 * Builds the pipeline the CLI runs (attache-app's {@code Engine}, line for line): the bundled
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
    return build(shipped(actorFiles), shipped(patternFiles));
  }

  /** Builds the pipeline from local actor and pattern files, as the CLI does. */
  public static Pipeline build(List<Path> actorFiles, List<Path> patternFiles) {
    ActorRegistry registry = ActorRegistry.load(actorFiles, false);
    VerbPatterns patterns = VerbPatterns.load(patternFiles);
    SpeechVerbs verbs = SpeechVerbs.bundled();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpSettings.defaults(),
        new CueParseSelector(verbs.lemmas(), patterns.verbTriggers(), patterns.nounTriggers()));
    return new Pipeline(annotator, new RegistryActorResolver(registry), new TenseAwareTimeResolver(),
        new NewsQuoteFinder(verbs, ActorRegistryView.of(registry)),
        new PatternEventCoder(patterns, registry));
  }

  private static List<Path> shipped(List<String> names) {
    return names.stream().map(n -> Path.of(SparkFiles.get(n))).toList();
  }
}
