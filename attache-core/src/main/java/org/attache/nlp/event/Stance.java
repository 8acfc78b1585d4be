package org.attache.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/**
 * Acts done by saying something: the one who speaks is the source, not the grammatical subject.
 * "Talks must resume" said by A is A's appeal; "relations with B are strategic" said by A praises
 * B; "B is a friend of our country" said by A praises B; "B's occupation of our land" said by A
 * accuses B. CAMEO coders code such statements as appeals (02), praise (05) and charges (11) by
 * the speaker, so these frames find the speaker first and the target in the words the speaker uses.
 */
final class Stance {

  private static final Set<String> NEEDING = Set.of("need", "have");

  private Stance() {}

  /** Whether a frame is one of the speaker's stances. */
  static boolean applies(VerbPattern.Frame f) {
    return f == VerbPattern.Frame.APPEAL || f == VerbPattern.Frame.PARTNER || f == VerbPattern.Frame.SUBJECT
        || f == VerbPattern.Frame.OWNER;
  }

  static Roles find(Sentence s, int trigger, VerbPattern p, Participants who) {
    List<TextSpan> spans = new ArrayList<>();
    Optional<Actor> speaker = who.evaluatorOf(s, trigger);
    if (speaker.isEmpty()) {
      return Roles.none();
    }
    List<Actor> targets = switch (p.frame()) {
      case APPEAL -> appeal(s, trigger) ? named(s, s.child(trigger, "nsubj"), who, spans(s, trigger, spans)) : null;
      case PARTNER -> partner(s, trigger, who, speaker.get(), spans);
      case SUBJECT -> named(s, s.child(trigger, "nsubj"), who, spans);
      case OWNER -> author(s, trigger, who, spans);
      default -> null;
    };
    if (targets == null) {
      return Roles.none();
    }
    Actor own = who.stateOf(speaker.get());
    targets.removeIf(t -> t.id().equals(speaker.get().id()) || t.id().equals(own.id()));
    if (p.frame() != VerbPattern.Frame.APPEAL && targets.size() != 1) {
      return Roles.none();
    }
    return new Roles(List.of(speaker.get()), targets, Optional.empty(), spans);
  }

  /** An obligation the speaker asserts, not one inside a relative clause ("the issues that should be solved"). */
  private static boolean appeal(Sentence s, int verb) {
    return obliged(s, verb) && !s.relationOf(verb).startsWith("acl");
  }

  /** The words of the appeal for its evidence: who should act, the modal, and what the act is done to or where. */
  private static List<TextSpan> spans(Sentence s, int verb, List<TextSpan> spans) {
    for (Dependency d : s.children(verb)) {
      String rel = d.relation();
      if (rel.startsWith("nsubj") || rel.startsWith("aux") || rel.equals("obj") || rel.startsWith("obl")) {
        spans.add(PhraseSpan.withoutClauses(s, d.dependent()));
      }
    }
    return spans;
  }

  /** "should return", "must be resumed", "needs to withdraw", "have to stop". */
  static boolean obliged(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().startsWith("aux") && Clause.OBLIGATION.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    int gov = s.governorOf(verb);
    return gov >= 0 && s.relationOf(verb).equals("xcomp") && NEEDING.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The other party of the relation the trigger names: "relations with B", "relations between A
   * and B", "Russian-Azerbaijani relations", "our relations" (the speaker's own state then drops out).
   */
  private static List<Actor> partner(Sentence s, int trigger, Participants who, Actor speaker, List<TextSpan> spans) {
    List<Actor> parties = new ArrayList<>();
    for (String prep : List.of("with", "between")) {
      for (int arg : Clause.caseChildren(s, trigger, prep)) {
        List<Actor> found = who.of(s, arg);
        parties.addAll(found);
        if (!found.isEmpty()) {
          spans.add(PhraseSpan.withoutClauses(s, arg));
        }
      }
    }
    for (Dependency d : s.children(trigger)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        List<Actor> states = who.statesOfAdjective(s.token(d.dependent()).word());
        parties.addAll(states);
        if (!states.isEmpty()) {
          spans.add(s.token(d.dependent()).span());
        }
      }
    }
    return parties.isEmpty() ? null : parties;
  }

  /** Who a charged noun blames: "Armenia's occupation", "the Armenian occupation", "aggression by X". */
  private static List<Actor> author(Sentence s, int trigger, Participants who, List<TextSpan> spans) {
    List<Actor> out = named(s, s.child(trigger, "nmod:poss"), who, spans);
    if (out.isEmpty()) {
      out = named(s, Clause.caseChildren(s, trigger, "by").stream().findFirst(), who, spans);
    }
    for (Dependency d : s.children(trigger)) {
      if (out.isEmpty() && d.relation().equals("amod")) {
        out.addAll(who.statesOfAdjective(s.token(d.dependent()).word()));
        spans.add(s.token(d.dependent()).span());
      }
    }
    return out;
  }

  private static List<Actor> named(Sentence s, Optional<Integer> head, Participants who, List<TextSpan> spans) {
    List<Actor> out = new ArrayList<>();
    head.ifPresent(h -> {
      out.addAll(who.of(s, h));
      if (!out.isEmpty()) {
        spans.add(PhraseSpan.withoutClauses(s, h));
      }
    });
    return out;
  }
}
