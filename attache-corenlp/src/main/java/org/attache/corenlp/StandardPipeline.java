package org.attache.corenlp;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Wires Attaché's pipeline on CoreNLP: the actor registry (bundled plus the user's tables), the
 * event patterns, the speech verbs, and CoreNLP parsing only the sentences those cue words pick.
 * The one place the stages are put together, so the CLI and the Spark job run the same pipeline.
 * Building loads CoreNLP's models (tens of seconds, about 2 GB of heap): callers build it once.
 */
public final class StandardPipeline {

  private StandardPipeline() {}

  public static Pipeline build(List<Path> actorFiles, List<Path> patternFiles) {
    ActorRegistry registry = ActorRegistry.load(actorFiles, false);
    VerbPatterns patterns = VerbPatterns.load(patternFiles);
    SpeechVerbs verbs = SpeechVerbs.bundled();
    Set<String> verbal = new HashSet<>(patterns.verbTriggers());
    verbal.addAll(patterns.adjectiveTriggers());
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpSettings.defaults(),
        new CueParseSelector(verbs.lemmas(), verbal, patterns.nounTriggers()));
    return new Pipeline(annotator, new RegistryActorResolver(registry), new TenseAwareTimeResolver(),
        new NewsQuoteFinder(verbs, ActorRegistryView.of(registry)), new PatternEventCoder(patterns, registry));
  }
}
