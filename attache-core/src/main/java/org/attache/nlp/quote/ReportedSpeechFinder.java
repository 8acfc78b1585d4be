package org.attache.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.QuoteKind;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.Token;
import org.attache.nlp.AnnotatedText;

/**
 * Finds indirect quotes in parsed sentences: the clausal complement of a speech verb ("X said that
 * …", "…, X said", "he stressed that …"), what is expressed ("expressed hope that …", "expressed
 * satisfaction with …"), what something is called ("called the relations an example of …"), and
 * "according to X, …". The subject of the verb, or of the verb it depends on, names the speaker.
 * Impersonal passives ("it was noted that …") report no one's words and are left out.
 */
final class ReportedSpeechFinder {

  private static final Set<String> EXPRESS = Set.of("express", "voice");
  private static final int MIN_WORDS = 3;

  private final SpeechVerbs verbs;

  ReportedSpeechFinder(SpeechVerbs verbs) {
    this.verbs = verbs;
  }

  List<QuoteCandidate> find(AnnotatedText text) {
    List<QuoteCandidate> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      for (int i = 0; i < s.tokens().size(); i++) {
        if (verbs.isCue(s.tokens(), i)) {
          reported(s, i).ifPresent(out::add);
        }
      }
      accordingTo(text, s).ifPresent(out::add);
    }
    return out;
  }

  private Optional<QuoteCandidate> reported(Sentence s, int verb) {
    if (s.child(verb, "nsubj:pass").isPresent() || s.child(verb, "expl").isPresent()) {
      return Optional.empty();
    }
    Optional<TextSpan> parsed = content(s, verb).map(c -> beforeNextReport(s, verb, c));
    Optional<TextSpan> content = parsed.or(() -> SurfaceSpeech.participle(s, verb, verbs));
    Optional<TextSpan> subject = speaker(s, verb, verbs);
    if (content.isEmpty() && s.child(verb, "obj").isEmpty()) {
      content = SurfaceSpeech.trailing(s, verb, verbs);
      subject = SurfaceSpeech.subjectBefore(s, verb).or(() -> subject(s, verb));
    }
    if (content.isEmpty() || words(s, content.get()) < MIN_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new QuoteCandidate(content.get(), QuoteKind.INDIRECT, Optional.of(s.token(verb).span()), subject, false));
  }

  private static Optional<TextSpan> content(Sentence s, int verb) {
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    Optional<Integer> clause = s.child(verb, "ccomp");
    if (clause.isPresent()) {
      TextSpan span = Syntax.subtree(s, clause.get());
      return Optional.of(span.start() > s.token(verb).span().end() ? SurfaceSpeech.toSentenceEnd(s, span) : span);
    }
    Optional<Integer> obj = s.child(verb, "obj");
    if (obj.isPresent() && EXPRESS.contains(lemma)) {
      return obj.map(o -> Syntax.subtree(s, o));
    }
    if (obj.isPresent() && lemma.equals("call") && !s.token(obj.get()).ner().equals("PERSON")) {
      return Optional.of(SurfaceSpeech.toSentenceEnd(s, Syntax.subtree(s, obj.get())));
    }
    return thatClauseBelow(s, verb);
  }

  /**
   * "He stressed that P, and noted that Q": P's words end before the second report, which is a
   * quote of its own, whether the parse coordinates the two verbs or hangs the second inside P.
   */
  private TextSpan beforeNextReport(Sentence s, int verb, TextSpan content) {
    Optional<Integer> clause = s.child(verb, "ccomp");
    if (clause.isEmpty()) {
      return content;
    }
    for (int other = 0; other < s.tokens().size(); other++) {
      boolean coordinated = within(s, other, clause.get()) || s.governorOf(other) == verb;
      if (s.relationOf(other).startsWith("conj") && coordinated && verbs.isCue(s.tokens(), other)
          && s.child(other, "ccomp").isPresent() && s.token(other).span().start() > content.start()) {
        int cut = Syntax.subtree(s, other).start();
        int last = -1;
        for (Token t : s.tokens()) {
          if (t.span().end() <= cut && t.span().start() >= content.start() && t.word().chars().anyMatch(Character::isLetterOrDigit)
              && !t.word().equalsIgnoreCase("and")) {
            last = t.span().end();
          }
        }
        return last > content.start() ? new TextSpan(content.start(), last) : content;
      }
    }
    return content;
  }

  /** Whether {@code token} hangs, through any chain of governors, from {@code head}. */
  private static boolean within(Sentence s, int token, int head) {
    for (int t = s.governorOf(token), steps = 0; t >= 0 && steps < s.tokens().size(); t = s.governorOf(t), steps++) {
      if (t == head) {
        return true;
      }
    }
    return false;
  }

  /** "made it clear that …", "drew attention to the fact that …": a that-clause one step down. */
  private static Optional<TextSpan> thatClauseBelow(Sentence s, int verb) {
    for (var d : s.children(verb)) {
      for (var dd : s.children(d.dependent())) {
        boolean clause = dd.relation().equals("ccomp") || dd.relation().startsWith("acl");
        if (clause && s.child(dd.dependent(), "mark").map(m -> s.token(m).word().equalsIgnoreCase("that")).orElse(false)) {
          return Optional.of(SurfaceSpeech.toSentenceEnd(s, Syntax.subtree(s, dd.dependent())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The speaker phrase of a speech verb: its subject by the parse, that of the speech verb a
   * participle follows ("X said, adding that …"), or the words between the comma and the verb.
   */
  static Optional<TextSpan> speaker(Sentence s, int verb, SpeechVerbs verbs) {
    int governing = SurfaceSpeech.governingCue(s, verb, verbs);
    if (governing >= 0) {
      return speaker(s, governing, verbs);
    }
    return subject(s, verb).or(() -> SurfaceSpeech.subjectBefore(s, verb));
  }

  /** The verb's own subject, or that of the speech verb it is coordinated with or depends on. */
  static Optional<TextSpan> subject(Sentence s, int verb) {
    Optional<Integer> nsubj = s.child(verb, "nsubj");
    if (nsubj.isPresent()) {
      return nsubj.map(n -> Syntax.subtree(s, n));
    }
    String rel = s.relationOf(verb);
    int gov = s.governorOf(verb);
    int reporter = reporterAbove(s, verb);
    if (reporter >= 0) {
      return subject(s, reporter);
    }
    if (gov >= 0 && (rel.startsWith("conj") || rel.startsWith("advcl") || rel.equals("xcomp"))) {
      return s.child(gov, "nsubj").map(n -> Syntax.subtree(s, n));
    }
    return Optional.empty();
  }

  /**
   * "He stressed that P, and noted that Q": the parser often hangs the second speech verb on the
   * verb of P, whose subject is then not the speaker. When a speech verb is coordinated with the
   * verb of a clause another speech verb reports, it shares that verb's speaker: returns it, or -1.
   */
  private static int reporterAbove(Sentence s, int verb) {
    int gov = s.governorOf(verb);
    if (gov < 0 || !s.relationOf(verb).startsWith("conj") || !s.relationOf(gov).equals("ccomp") || s.child(verb, "ccomp").isEmpty()) {
      return -1;
    }
    int reporter = s.governorOf(gov);
    return reporter >= 0 && s.token(reporter).pos().startsWith("VB") && s.child(reporter, "nsubj").isPresent() ? reporter : -1;
  }

  private static Optional<QuoteCandidate> accordingTo(AnnotatedText text, Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).word().equalsIgnoreCase("according") || !t.get(i + 1).word().equalsIgnoreCase("to")) {
        continue;
      }
      int comma = i + 2;
      while (comma < t.size() && !t.get(comma).word().equals(",")) {
        comma++;
      }
      if (i != 0 || comma + 1 >= t.size()) {
        return Optional.empty();
      }
      TextSpan speaker = new TextSpan(t.get(i + 2).span().start(), t.get(comma - 1).span().end());
      int last = t.size() - 1;
      while (last > comma && !t.get(last).word().chars().anyMatch(Character::isLetterOrDigit)) {
        last--;
      }
      TextSpan content = new TextSpan(t.get(comma + 1).span().start(), t.get(last).span().end());
      if (last - comma < MIN_WORDS) {
        return Optional.empty();
      }
      TextSpan cue = new TextSpan(t.get(i).span().start(), t.get(i + 1).span().end());
      return Optional.of(new QuoteCandidate(content, QuoteKind.INDIRECT, Optional.of(cue), Optional.of(speaker), false));
    }
    return Optional.empty();
  }

  private static int words(Sentence s, TextSpan span) {
    int n = 0;
    for (Token t : s.tokens()) {
      if (span.contains(t.span()) && t.word().chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
