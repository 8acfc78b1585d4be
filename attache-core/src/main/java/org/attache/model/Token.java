package org.attache.model;

import java.util.Objects;

/**
 * One token of an annotated article: its surface form, character span, lemma, Penn Treebank POS
 * tag and NER tag ({@code O} outside entities). {@code index} is 0-based within its sentence.
 */
public record Token(int index, String word, TextSpan span, String lemma, String pos, String ner) {

  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(span, "span");
    lemma = lemma == null ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
