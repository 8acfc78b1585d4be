package org.attache.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Builds the one pipeline a process runs: the registry (bundled plus the user's files), the
 * pattern dictionary, and CoreNLP with its models loaded once. Building takes seconds; everything
 * after is per article, and a second request for the same configuration gets the same pipeline.
 */
final class Engine {

  private static final Map<List<List<Path>>, Pipeline> BUILT = new ConcurrentHashMap<>();

  private Engine() {}

  static Pipeline pipeline(List<Path> actorFiles, List<Path> patternFiles) {
    return BUILT.computeIfAbsent(List.of(List.copyOf(actorFiles), List.copyOf(patternFiles)), k -> build(k.get(0), k.get(1)));
  }

  private static Pipeline build(List<Path> actorFiles, List<Path> patternFiles) {
    ActorRegistry registry = ActorRegistry.load(actorFiles, false);
    VerbPatterns patterns = VerbPatterns.load(patternFiles);
    SpeechVerbs verbs = SpeechVerbs.bundled();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpSettings.defaults(), new CueParseSelector(verbs.lemmas(), patterns.verbTriggers(), patterns.nounTriggers()));
    return new Pipeline(annotator, new RegistryActorResolver(registry), new TenseAwareTimeResolver(), new NewsQuoteFinder(verbs, ActorRegistryView.of(registry)),
        new PatternEventCoder(patterns, registry));
  }
}
