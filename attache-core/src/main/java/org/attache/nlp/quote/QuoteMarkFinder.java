package org.attache.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.QuoteKind;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.Token;
import org.attache.nlp.AnnotatedText;

/**
 * Finds direct quotes between quote marks and the cue next to each: a speech verb just after the
 * closing mark (",” Lavrov said", ",” said the minister") or before the opening one in the same
 * sentence ("Lavrov stated that the parties “will try …”", "according to the Kremlin, …", "He
 * said: “…”"); of several cues before it, the nearest with a single speaker. Scare quotes and quoted titles are left out: a single quoted word, or up to three
 * words that are all capitalized or have no speech verb in their sentence.
 */
final class QuoteMarkFinder {

  private static final int MAX_CUE_DISTANCE = 12;
  /** After a quote that ends its own sentence ("… War.”"), only a cue right behind it counts. */
  private static final int MAX_CUE_AFTER_STOP = 4;

  private final SpeechVerbs verbs;

  QuoteMarkFinder(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  List<QuoteCandidate> find(AnnotatedText text) {
    List<QuoteCandidate> out = new ArrayList<>();
    for (QuoteMarks.Quoted q : QuoteMarks.find(text.text())) {
      QuoteMarks.Quoted kept = q.unmarkedStart() ? afterIntroduction(text, q) : q;
      if (isSpeech(text, kept)) {
        out.add(attach(text, kept.span()));
      }
    }
    return out;
  }

  /**
   * A quote with a closing mark but no opening one may have swallowed the sentence that introduces
   * it ("Mammadov stressed that … . If Russia …“."): it starts after a first sentence with a cue.
   */
  private QuoteMarks.Quoted afterIntroduction(AnnotatedText text, QuoteMarks.Quoted q) {
    Optional<Sentence> first = text.sentenceAt(q.span().start());
    if (first.isEmpty() || first.get().span().end() >= q.span().end()) {
      return q;
    }
    List<Token> t = first.get().tokens();
    for (int i = 0; i < t.size(); i++) {
      if (verbs.isCue(t, i)) {
        int start = first.get().span().end();
        String s = text.text();
        while (start < q.span().end() && Character.isWhitespace(s.charAt(start))) {
          start++;
        }
        return new QuoteMarks.Quoted(new TextSpan(start, q.span().end()), false, true);
      }
    }
    return q;
  }

  private boolean isSpeech(AnnotatedText text, QuoteMarks.Quoted q) {
    String[] words = text.words(q.span()).strip().split("[\\s\u2013\u2014-]+");
    if (words.length <= 1 || (q.nested() && words.length < 4)) {
      return false;
    }
    if (words.length > 3) {
      return true;
    }
    boolean title = true;
    for (String w : words) {
      title &= w.isEmpty() || Character.isUpperCase(w.charAt(0)) || w.length() <= 3;
    }
    return !title && cueInSentence(text, q.span());
  }

  private boolean cueInSentence(AnnotatedText text, TextSpan quote) {
    for (Sentence s : text.sentencesIn(quote)) {
      for (int i = 0; i < s.tokens().size(); i++) {
        if (!quote.contains(s.token(i).span()) && verbs.isCue(s.tokens(), i)) {
          return true;
        }
      }
    }
    return false;
  }

  private QuoteCandidate attach(AnnotatedText text, TextSpan quote) {
    Optional<QuoteCandidate> after = cueAfter(text, quote);
    if (after.isPresent()) {
      return after.get();
    }
    return cueBefore(text, quote).orElse(new QuoteCandidate(quote, QuoteKind.DIRECT, Optional.empty(), Optional.empty(), true));
  }

  private Optional<QuoteCandidate> cueAfter(AnnotatedText text, TextSpan quote) {
    List<Token> tokens = text.tokens();
    int first = firstTokenFrom(tokens, quote.end());
    boolean ended = endsSentence(text.text(), quote.end());
    int reach = ended ? MAX_CUE_AFTER_STOP : MAX_CUE_DISTANCE;
    for (int k = first; k < tokens.size() && k < first + reach; k++) {
      Token t = tokens.get(k);
      if (t.word().equals(".") || isMark(t) && k > first + 1 || newParagraph(text.text(), quote.end(), t.span().start())) {
        break;
      }
      Optional<Sentence> s = text.sentenceAt(t.span().start());
      if (s.isPresent() && verbs.isCue(s.get().tokens(), t.index())) {
        Optional<TextSpan> speaker = speakerOf(s.get(), t.index(), quote.end(), first, k, tokens);
        return Optional.of(new QuoteCandidate(quote, QuoteKind.DIRECT, Optional.of(t.span()), speaker, false));
      }
    }
    return Optional.empty();
  }

  private Optional<QuoteCandidate> cueBefore(AnnotatedText text, TextSpan quote) {
    Optional<Sentence> found = introducedByColon(text, quote).or(() -> text.sentenceAt(Math.max(0, quote.start() - 1)));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Sentence s = found.get();
    List<Token> t = s.tokens();
    for (int i = 0; i + 2 < t.size() && t.get(i).span().end() <= quote.start(); i++) {
      if (t.get(i).word().equalsIgnoreCase("according") && t.get(i + 1).word().equalsIgnoreCase("to")) {
        int end = i + 2;
        while (end + 1 < t.size() && !t.get(end + 1).word().matches("[,:]") && t.get(end + 1).span().end() <= quote.start()) {
          end++;
        }
        TextSpan speaker = new TextSpan(t.get(i + 2).span().start(), t.get(end).span().end());
        TextSpan cue = new TextSpan(t.get(i).span().start(), t.get(i + 1).span().end());
        return Optional.of(new QuoteCandidate(quote, QuoteKind.DIRECT, Optional.of(cue), Optional.of(speaker), false));
      }
    }
    QuoteCandidate nearest = null;
    for (int i = t.size() - 1; i >= 0; i--) {
      if (t.get(i).span().end() > quote.start() || !verbs.isCue(t, i)) {
        continue;
      }
      Optional<TextSpan> speaker = s.parsed() ? ReportedSpeechFinder.speaker(s, i, verbs) : nameBefore(t, i);
      QuoteCandidate c = new QuoteCandidate(quote, QuoteKind.DIRECT, Optional.of(t.get(i).span()), speaker, false);
      if (speaker.map(sp -> !coordinated(text.words(sp))).orElse(false)) {
        return Optional.of(c);
      }
      if (nearest == null) {
        nearest = c;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** A quote opening a paragraph after one that ends with a colon is introduced by its last sentence. */
  private static Optional<Sentence> introducedByColon(AnnotatedText text, TextSpan quote) {
    String t = text.text();
    int k = quote.start() - 1;
    while (k >= 0 && (Character.isWhitespace(t.charAt(k)) || QuoteMarks.isMark(t, k))) {
      k--;
    }
    if (k < 0 || t.charAt(k) != ':' || t.substring(k, quote.start()).indexOf('\n') < 0) {
      return Optional.empty();
    }
    return text.sentenceAt(k);
  }

  /** "Putin and Aliyev reaffirmed …": several speakers; an earlier cue of one speaker is preferred. */
  private static boolean coordinated(String phrase) {
    return phrase.matches("(?is).*\\b(and|both)\\b.*");
  }

  private static Optional<TextSpan> speakerOf(Sentence s, int verb, int quoteEnd, int first, int k, List<Token> all) {
    if (s.parsed()) {
      Optional<TextSpan> subject = ReportedSpeechFinder.subject(s, verb);
      if (subject.isPresent() && subject.get().start() >= quoteEnd) {
        return subject;
      }
    }
    int from = first;
    while (from < k && !all.get(from).word().chars().anyMatch(Character::isLetter)) {
      from++;
    }
    if (from < k) {
      return Optional.of(new TextSpan(all.get(from).span().start(), all.get(k - 1).span().end()));
    }
    int to = k + 1;
    while (to < all.size() && to < k + 6 && all.get(to).word().chars().anyMatch(Character::isLetter)
        && !all.get(to).pos().equals("IN")) {
      to++;
    }
    return to > k + 1 ? Optional.of(new TextSpan(all.get(k + 1).span().start(), all.get(to - 1).span().end())) : Optional.empty();
  }

  private static Optional<TextSpan> nameBefore(List<Token> t, int verb) {
    int from = verb - 1;
    while (from > 0 && t.get(from - 1).word().chars().anyMatch(Character::isLetter) && verb - from < 5) {
      from--;
    }
    return from < verb ? Optional.of(new TextSpan(t.get(from).span().start(), t.get(verb - 1).span().end())) : Optional.empty();
  }

  private static boolean endsSentence(String text, int quoteEnd) {
    int k = quoteEnd - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 && ".!?".indexOf(text.charAt(k)) >= 0;
  }

  private static boolean newParagraph(String text, int from, int to) {
    return text.substring(from, Math.max(from, to)).indexOf('\n') >= 0;
  }

  private static int firstTokenFrom(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }

  private static boolean isMark(Token t) {
    return t.word().matches("[\"\u201C\u201D\u201E\u00AB\u00BB'`]+|''|``");
  }
}
