package org.attache.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attache.model.Article;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.Token;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.ParseSelector;
import org.attache.nlp.TextAnnotator;

/**
 * Annotates articles with Stanford CoreNLP: tokens, sentences, POS, lemmas and NER on every
 * sentence, the dependency parse only on the sentences the {@link ParseSelector} picks. The models
 * load once, in the constructor; CoreNLP's pipelines are thread-safe, and so is this class.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final ParseSelector selector;

  public CoreNlpAnnotator(CoreNlpSettings settings, ParseSelector selector) {
    Objects.requireNonNull(settings, "settings");
    this.selector = Objects.requireNonNull(selector, "selector");
    this.tagger = new StanfordCoreNLP(settings.taggerProperties());
    this.parser = new StanfordCoreNLP(settings.parserProperties(), false);
  }

  @Override
  public AnnotatedText annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    tagger.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> tokens = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      List<Token> t = tokensOf(s);
      tokens.add(t);
      if (selector.needsParse(t)) {
        toParse.add(s);
      }
    }
    parse(article.text(), toParse);
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      sentences.add(sentenceOf(i, coreSentences.get(i), tokens.get(i)));
    }
    return new AnnotatedText(article, sentences);
  }

  private void parse(String text, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation subset = new Annotation(text);
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    parser.annotate(subset);
  }

  private static List<Token> tokensOf(CoreMap sentence) {
    List<Token> out = new ArrayList<>();
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      out.add(new Token(i, l.originalText(), new TextSpan(l.beginPosition(), l.endPosition()), l.lemma(), l.tag(), l.ner()));
    }
    return out;
  }

  private static Sentence sentenceOf(int index, CoreMap s, List<Token> tokens) {
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> edges = new ArrayList<>();
    if (graph != null) {
      graph.getRoots().forEach(r -> edges.add(new Dependency(-1, r.index() - 1, "root")));
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        edges.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
      }
    }
    int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, new TextSpan(start, end), tokens, edges, graph != null);
  }
}
