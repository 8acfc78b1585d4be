package org.attache.nlp.quote;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.Token;

/**
 * Reported speech read from the surface of a sentence where the parse does not give the clause:
 * "CLAUSE, X said …" (the clause before the comma ahead of the speaker), "X said, stressing
 * CLAUSE" (a participle after another speech verb), and a complement clause that the parse cut
 * short, which in news runs to the end of its sentence.
 */
final class SurfaceSpeech {

  private static final int MAX_SUBJECT_TOKENS = 14;
  private static final int MAX_NOUN_RUN = 6;

  private SurfaceSpeech() {}

  /** "CLAUSE, assistant … Novruz Mammadov said in an interview": the clause before the comma. */
  static Optional<TextSpan> trailing(Sentence s, int verb, SpeechVerbs verbs) {
    List<Token> t = s.tokens();
    if (!verbs.reportsBefore(t, verb) || !endsClause(t, verb)) {
      return Optional.empty();
    }
    int comma = commaBefore(t, verb);
    if (comma < 2 || !hasVerb(t, 0, comma)) {
      return Optional.empty();
    }
    int from = 0;
    while (from < comma && !wordy(t.get(from))) {
      from++;
    }
    int to = comma - 1;
    while (to > from && !wordy(t.get(to))) {
      to--;
    }
    return to > from ? Optional.of(new TextSpan(t.get(from).span().start(), t.get(to).span().end())) : Optional.empty();
  }

  /** After a trailing speech verb comes the end of the sentence or a circumstance, not an object. */
  private static boolean endsClause(List<Token> t, int verb) {
    int next = verb + 1;
    if (next < t.size() && t.get(next).word().equalsIgnoreCase("out")) {
      next++;
    }
    if (next >= t.size()) {
      return true;
    }
    String pos = t.get(next).pos();
    return !t.get(next).word().chars().anyMatch(Character::isLetterOrDigit) || pos.equals("IN") || pos.equals("TO") || pos.startsWith("RB");
  }

  /** The words between the comma and a trailing speech verb: its speaker. */
  static Optional<TextSpan> subjectBefore(Sentence s, int verb) {
    List<Token> t = s.tokens();
    int comma = commaBefore(t, verb);
    if (comma >= 0 && comma + 1 < verb) {
      return Optional.of(new TextSpan(t.get(comma + 1).span().start(), t.get(verb - 1).span().end()));
    }
    int from = verb;
    while (from > 0 && verb - from < MAX_NOUN_RUN && nominal(t.get(from - 1))) {
      from--;
    }
    return from < verb ? Optional.of(new TextSpan(t.get(from).span().start(), t.get(verb - 1).span().end())) : Optional.empty();
  }

  private static boolean nominal(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP") || pos.equals("PRP$") || pos.equals("POS");
  }

  /** "…, Mammadov said, stressing it won't change …": the words after the participle. */
  static Optional<TextSpan> participle(Sentence s, int verb, SpeechVerbs verbs) {
    if (governingCue(s, verb, verbs) < 0) {
      return Optional.empty();
    }
    List<Token> t = s.tokens();
    int from = verb + 1;
    if (from < t.size() && t.get(from).word().equalsIgnoreCase("that")) {
      from++;
    }
    int to = t.size() - 1;
    while (to > from && !wordy(t.get(to))) {
      to--;
    }
    return to > from ? Optional.of(new TextSpan(t.get(from).span().start(), t.get(to).span().end())) : Optional.empty();
  }

  /**
   * Returns the speech verb a ", VERBing" participle goes with: just before the comma ("said,
   * stressing"), or its governor in the parse ("condemned the visit, calling it …"); else -1.
   */
  static int governingCue(Sentence s, int verb, SpeechVerbs verbs) {
    List<Token> t = s.tokens();
    if (!t.get(verb).pos().equals("VBG")) {
      return -1;
    }
    if (verb >= 2 && t.get(verb - 1).word().equals(",") && verbs.isCue(t, verb - 2)) {
      return verb - 2;
    }
    int gov = s.parsed() ? s.governorOf(verb) : -1;
    boolean participle = Set.of("advcl", "dep", "xcomp").contains(s.relationOf(verb));
    return gov >= 0 && gov < verb && participle && verbs.isCue(t, gov) && t.get(verb - 1).word().equals(",") ? gov : -1;
  }

  /** Extends a complement clause to the end of its sentence, leaving out closing punctuation. */
  static TextSpan toSentenceEnd(Sentence s, TextSpan clause) {
    List<Token> t = s.tokens();
    int to = t.size() - 1;
    while (to > 0 && (!wordy(t.get(to)) || isMark(t.get(to)))) {
      to--;
    }
    int end = Math.max(clause.end(), t.get(to).span().end());
    return new TextSpan(clause.start(), end);
  }

  private static int commaBefore(List<Token> t, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - MAX_SUBJECT_TOKENS); k--) {
      String w = t.get(k).word();
      if (w.equals(",") || isMark(t.get(k))) {
        return k;
      }
      if (t.get(k).pos().startsWith("VB") || t.get(k).pos().equals("MD")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean hasVerb(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).pos().startsWith("VB") || t.get(k).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordy(Token t) {
    return t.word().chars().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean isMark(Token t) {
    return t.word().matches("[\"\u201C\u201D\u201E\u00AB\u00BB'`]+");
  }
}
