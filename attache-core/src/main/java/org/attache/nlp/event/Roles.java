package org.attache.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Dependency;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;

/**
 * The participants of one event as its pattern's frame finds them: sources, targets, the place, and
 * the spans of the phrases used, which bound the evidence.
 */
record Roles(List<Actor> sources, List<Actor> targets, Optional<Actor> place, List<TextSpan> spans) {

  /** Roots of acts done with words: statements, appeals, intents, praise, demands, criticism, rejections, threats. */
  static final java.util.Set<String> VERBAL_ROOTS = java.util.Set.of("01", "02", "03", "05", "10", "11", "12", "13");

  static Roles none() {
    return new Roles(List.of(), new ArrayList<>(), Optional.empty(), List.of());
  }

  static Roles find(Sentence s, int trigger, VerbPattern p, Participants who) {
    if (Stance.applies(p.frame())) {
      return Stance.find(s, trigger, p, who);
    }
    List<TextSpan> spans = new ArrayList<>();
    List<Actor> sources = new ArrayList<>();
    List<Actor> targets = new ArrayList<>();
    Optional<Integer> agent = Clause.withPreposition(s, trigger, "by");
    Optional<Integer> passiveSubject = s.child(trigger, "nsubj:pass");
    Optional<Integer> subject = passive(s, trigger) ? Optional.empty() : subjectOf(s, trigger, p.noun());
    if (passiveSubject.isPresent() && agent.isPresent()) {
      add(s, agent.get(), who, sources, spans);
      add(s, passiveSubject.get(), who, targets, spans);
    } else if (passive(s, trigger) && !who.afterWord(s, trigger, "by", new ArrayList<>()).isEmpty()) {
      sources.addAll(who.afterWord(s, trigger, "by", spans));
      passiveSubject.ifPresentOrElse(o -> add(s, o, who, targets, spans), () -> targets.addAll(who.beforeAny(s, trigger, spans)));
      return new Roles(sources, targets, placeOf(s, trigger, who, spans), spans);
    } else if (subject.isPresent()) {
      add(s, subject.get(), who, sources, spans);
      if (spokenNow(s, trigger, p)) {
        who.speakerOf(s.token(trigger).span())
            .filter(sp -> s.token(subject.get()).word().equalsIgnoreCase("we") || sources.contains(who.stateOf(sp)))
            .ifPresent(sp -> sources.replaceAll(a -> sp));
      }
    }
    Optional<Actor> place = Optional.empty();
    switch (p.frame()) {
      case OBJ:
        s.child(trigger, "obj").or(() -> agent.isEmpty() ? passiveSubject : Optional.empty()).ifPresent(o -> add(s, o, who, targets, spans));
        if (targets.isEmpty() && !passive(s, trigger)) {
          targets.addAll(who.objectAfter(s, trigger, spans));
        }
        if (sources.isEmpty() && passive(s, trigger) && p.cameo().startsWith("05")) {
          who.evaluatorOf(s, trigger).ifPresent(sources::add);
        }
        break;
      case JOINT:
        joint(s, trigger, who, sources, targets, spans);
        break;
      case INTENT:
        intended(s, trigger, who, targets, spans);
        break;
      case WITH:
      case TO:
      case ON:
      case FOR:
      case FROM:
      case OVER:
      case ABOUT:
      case AGAINST:
      case AGENT:
        List<Integer> args = Clause.allWithPreposition(s, trigger, preposition(p.frame()));
        args.forEach(a -> add(s, a, who, targets, spans));
        if (targets.isEmpty()) {
          targets.addAll(who.afterWord(s, trigger, preposition(p.frame()), spans));
        }
        break;
      case BETWEEN:
        Optional<Integer> between = Clause.withPreposition(s, trigger, "between");
        List<Actor> parties = new ArrayList<>();
        if (between.isPresent()) {
          add(s, between.get(), who, parties, spans);
        } else {
          parties.addAll(who.afterWord(s, trigger, "between", spans));
        }
        if (!parties.isEmpty()) {
          if (sources.isEmpty() && parties.size() >= 2) {
            sources.add(parties.get(0));
            targets.addAll(parties.subList(1, parties.size()));
          } else {
            targets.addAll(parties);
          }
        }
        break;
      case PLACE:
        place = placeOf(s, trigger, who, spans);
        place.ifPresent(pl -> targets.add(who.stateOfPlace(pl)));
        break;
      case NONE:
      default:
        break;
    }
    if (place.isEmpty()) {
      place = placeOf(s, trigger, who, spans);
    }
    if (sources.isEmpty() && p.joint() && targets.size() >= 2) {
      sources.add(targets.remove(0));
    }
    if (sources.isEmpty() && targets.isEmpty() && p.joint() && passive(s, trigger) && agent.isEmpty()) {
      List<Actor> pair = who.statesJustNamed(s, s.token(trigger).span().start());
      if (pair.size() == 2) {
        sources.add(pair.get(1));
        targets.add(pair.get(0));
      }
    }
    if (sources.isEmpty() && finiteActive(s, trigger)) {
      sources.addAll(who.before(s, trigger, spans));
    }
    if (sources.isEmpty() && !passive(s, trigger)) {
      who.speakerOf(s.token(trigger).span()).ifPresent(sources::add);
    }
    if (p.cameo().startsWith("042")) {
      targets.removeIf(t -> t.type() == org.attache.model.EntityType.PERSON);
    }
    return new Roles(sources, targets, place, spans);
  }

  /**
   * "a joint Azerbaijani-Russian centre was set up": the parties are the states the joint thing's
   * adjectives name; without them, the subject and whoever the act is done with. Nothing is joint
   * without the word.
   */
  private static void joint(Sentence s, int trigger, Participants who, List<Actor> sources, List<Actor> targets, List<TextSpan> spans) {
    Optional<Integer> thing = s.child(trigger, "obj").or(() -> s.child(trigger, "nsubj:pass"))
        .filter(t -> Clause.hasDependentLemma(s, t, "joint"));
    if (thing.isEmpty()) {
      sources.clear();
      return;
    }
    List<Actor> parties = new ArrayList<>();
    for (int m : modifiers(s, thing.get())) {
      who.statesOfAdjective(s.token(m).word()).stream().filter(a -> !parties.contains(a)).forEach(parties::add);
    }
    if (parties.size() >= 2) {
      spans.add(PhraseSpan.withoutClauses(s, thing.get()));
      sources.clear();
      sources.add(parties.get(0));
      targets.addAll(parties.subList(1, parties.size()));
      return;
    }
    Clause.allWithPreposition(s, trigger, "with").forEach(a -> add(s, a, who, targets, spans));
  }

  /**
   * "We hope for …", "Russia is ready to …" in a Russian's quote: a verbal act the speaker states
   * in the present for "we" or for the speaker's own state is the speaker's own, while what "we"
   * signed or did is the state's.
   */
  private static boolean spokenNow(Sentence s, int trigger, VerbPattern p) {
    if (!VERBAL_ROOTS.contains(p.cameo().substring(0, 2))) {
      return false;
    }
    if (s.children(trigger).stream().anyMatch(d -> d.relation().startsWith("aux"))) {
      return false;
    }
    String pos = s.token(trigger).pos();
    Optional<Integer> cop = s.child(trigger, "cop");
    String tense = cop.map(c -> s.token(c).pos()).orElse(pos);
    return tense.equals("VBP") || tense.equals("VBZ");
  }

  /**
   * "ready to provide assistance to X", "willing to negotiate with X": the intended act is the
   * verb under the adjective; whoever it is meant for is its target.
   */
  private static void intended(Sentence s, int trigger, Participants who, List<Actor> targets, List<TextSpan> spans) {
    Optional<Integer> act = s.child(trigger, "xcomp");
    if (act.isEmpty()) {
      return;
    }
    spans.add(s.token(act.get()).span());
    for (String prep : List.of("with", "to", "between")) {
      Clause.allWithPreposition(s, act.get(), prep).forEach(a -> add(s, a, who, targets, spans));
    }
    if (targets.isEmpty()) {
      s.child(act.get(), "obj").ifPresent(o -> add(s, o, who, targets, spans));
    }
  }

  /** The adjectives and compounds of a noun and of its compounds ("joint Russian-Turkish monitoring centre"). */
  private static List<Integer> modifiers(Sentence s, int noun) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        out.add(d.dependent());
        if (d.relation().equals("compound")) {
          out.addAll(modifiers(s, d.dependent()));
        }
      }
    }
    return out;
  }

  private static boolean finiteActive(Sentence s, int trigger) {
    String pos = s.token(trigger).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    return finite && s.child(trigger, "aux:pass").isEmpty() && s.child(trigger, "nsubj:pass").isEmpty();
  }

  private static boolean passive(Sentence s, int trigger) {
    if (!s.token(trigger).pos().equals("VBN")) {
      return false;
    }
    if (s.child(trigger, "aux:pass").isPresent()) {
      return true;
    }
    String before = trigger > 0 ? s.token(trigger - 1).lemma() : "";
    return before.equals("be") || (trigger > 1 && s.token(trigger - 2).lemma().equals("be"));
  }

  private static Optional<Integer> subjectOf(Sentence s, int trigger, boolean noun) {
    if (noun) {
      Optional<Integer> poss = s.child(trigger, "nmod:poss");
      if (poss.isPresent()) {
        return poss;
      }
      Optional<Integer> compound = s.child(trigger, "compound").filter(c -> s.token(c).pos().startsWith("NNP"));
      if (compound.isPresent()) {
        return compound;
      }
      Optional<Integer> of = Clause.withPreposition(s, trigger, "of");
      if (of.isPresent() && s.governorOf(of.get()) == trigger) {
        return of;
      }
      String rel = s.relationOf(trigger);
      int gov = s.governorOf(trigger);
      return gov >= 0 && rel.equals("obj") ? s.child(gov, "nsubj") : Optional.empty();
    }
    Optional<Integer> nsubj = s.child(trigger, "nsubj");
    if (nsubj.isPresent() && !s.relationOf(nsubj.get()).equals("nsubj:pass")) {
      return nsubj;
    }
    String rel = s.relationOf(trigger);
    int gov = s.governorOf(trigger);
    if (gov >= 0 && (rel.startsWith("conj") || rel.equals("xcomp"))) {
      return s.child(gov, "nsubj");
    }
    return Optional.empty();
  }

  private static String preposition(VerbPattern.Frame f) {
    switch (f) {
      case WITH:
        return "with";
      case TO:
        return "to";
      case ON:
        return "on";
      case FOR:
        return "for";
      case FROM:
        return "from";
      case OVER:
        return "over";
      case ABOUT:
        return "about";
      case AGAINST:
        return "against";
      default:
        return "by";
    }
  }

  private static Optional<Actor> placeOf(Sentence s, int trigger, Participants who, List<TextSpan> spans) {
    for (String prep : List.of("in", "to", "at")) {
      Optional<Integer> o = Clause.withPreposition(s, trigger, prep);
      if (o.isPresent()) {
        Optional<Actor> a = who.place(s, o.get());
        if (a.isPresent()) {
          spans.add(s.token(o.get()).span());
          return a;
        }
      }
    }
    return Optional.empty();
  }

  private static void add(Sentence s, int head, Participants who, List<Actor> into, List<TextSpan> spans) {
    List<Actor> found = who.of(s, head);
    if (!found.isEmpty()) {
      into.addAll(found);
      spans.add(PhraseSpan.withoutClauses(s, head));
      if (found.size() > 1) {
        s.children(head).stream().filter(d -> d.relation().startsWith("conj"))
            .forEach(d -> spans.add(PhraseSpan.withoutClauses(s, d.dependent())));
      }
    }
  }
}
