package org.attache.corenlp;

import java.util.Properties;

/**
 * The CoreNLP configuration Attaché runs, chosen by measurement (see docs/nlp-backend.md): one CRF
 * NER model instead of three, and none of SUTime, the fine-grained rules or the numeric
 * classifiers, because Attaché resolves dates and actors itself. The parse is run separately, only
 * on the sentences a {@link org.attache.nlp.ParseSelector} asks for.
 */
public record CoreNlpSettings(String nerModel, int maxSentenceLength, int threads) {

  /** The three-class English model shipped in CoreNLP's models jar. */
  public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  public CoreNlpSettings {
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("nerModel must name a CRF model on the classpath");
    }
    if (maxSentenceLength < 10) {
      throw new IllegalArgumentException("maxSentenceLength must be >= 10: " + maxSentenceLength);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  public static CoreNlpSettings defaults() {
    return new CoreNlpSettings(THREE_CLASS, 120, 1);
  }

  Properties taggerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,untokenizable=noneDelete");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", nerModel);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.docdate.useFixedDate", "");
    p.setProperty("pos.maxlen", Integer.toString(maxSentenceLength));
    p.setProperty("ner.maxlen", Integer.toString(maxSentenceLength));
    p.setProperty("threads", Integer.toString(threads));
    return p;
  }

  Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "depparse");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("depparse.maxlen", Integer.toString(maxSentenceLength));
    return p;
  }

  /** CoreNLP's own default English pipeline, the yardstick `attache bench` measures against. */
  static Properties defaultPipelineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    return p;
  }
}
