package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Article;
import org.attache.model.FuzzyDate;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.Token;

/**
 * Builds an {@link AnnotatedText} by hand for tests that must not load a model. Names are marked
 * inline as {@code [Sergey Lavrov|PERSON]}; the markup is removed from the text and its tokens get
 * that NER tag. Sentences end at ". "; tokens are words and punctuation; lemmas are lower case.
 */
public final class HandAnnotated {

  private static final Pattern MARK = Pattern.compile("\\[([^\\]|]+)\\|([A-Z]+)\\]");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}]+)*|\\S");

  private HandAnnotated() {}

  public static AnnotatedText of(String marked, String published) {
    StringBuilder text = new StringBuilder();
    List<TextSpan> spans = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(1));
      spans.add(new TextSpan(start, text.length()));
      tags.add(m.group(2));
      last = m.end();
    }
    text.append(marked.substring(last));
    String t = text.toString();
    Article article = Article.of("hand", t.split("\n", 2)[0], t);
    if (published != null) {
      article = article.withPublished(FuzzyDate.parse(published));
    }
    return new AnnotatedText(article, sentences(t, spans, tags));
  }

  private static List<Sentence> sentences(String text, List<TextSpan> spans, List<String> tags) {
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentenceStart = 0;
    while (m.find()) {
      TextSpan span = new TextSpan(m.start(), m.end());
      String ner = "O";
      for (int i = 0; i < spans.size(); i++) {
        if (spans.get(i).contains(span)) {
          ner = tags.get(i);
        }
      }
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : w;
      tokens.add(new Token(tokens.size(), w, span, w.toLowerCase(java.util.Locale.ROOT), pos, ner));
      if (w.equals(".")) {
        out.add(new Sentence(out.size(), new TextSpan(sentenceStart, m.end()), tokens, List.of(), false));
        tokens = new ArrayList<>();
        sentenceStart = m.end();
      }
    }
    if (!tokens.isEmpty()) {
      out.add(new Sentence(out.size(), new TextSpan(sentenceStart, text.length()), tokens, List.of(), false));
    }
    return out;
  }
}
