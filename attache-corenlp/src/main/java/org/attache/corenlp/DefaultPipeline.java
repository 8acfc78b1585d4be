package org.attache.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP's own default English pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse}), kept only
 * as the yardstick that {@code attache bench} measures Attaché's pipeline against on the same text.
 */
public final class DefaultPipeline {

  private final StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpSettings.defaultPipelineProperties());

  /** Annotates {@code text} and returns its token count. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
