package org.attache.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Dependency;
import org.attache.model.EventStatus;
import org.attache.model.Sentence;

/**
 * Reads the grammar around a trigger: its arguments by relation and preposition, and its status
 * from negation, modality, conditionals and planning words, looking up through the verbs that
 * govern it ("will try to adopt", "has not been answered", "if … is signed").
 */
final class Clause {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  /** Modals of obligation: a clause under one states what should be, not what happened (and said by someone, an appeal). */
  static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("would", "could", "might");
  private static final Set<String> PLANNING = Set.of("plan", "intend", "expect", "schedule", "try", "hope", "want", "propose",
      "offer", "prepare", "aim", "seek", "upcoming", "scheduled", "planned", "next", "future", "forthcoming", "proposal");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final int MAX_CLIMB = 4;
  private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "conj", "parataxis");

  private Clause() {}

  /** Returns the head of the argument of {@code trigger} (or of the verb whose object it is) with preposition {@code prep}. */
  static Optional<Integer> withPreposition(Sentence s, int trigger, String prep) {
    Optional<Integer> own = caseChild(s, trigger, prep);
    if (own.isPresent()) {
      return own;
    }
    String rel = s.relationOf(trigger);
    int gov = s.governorOf(trigger);
    if (gov >= 0 && (rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return caseChild(s, gov, prep);
    }
    return Optional.empty();
  }

  /**
   * Every argument of {@code trigger} with preposition {@code prep}: its own, its object's ("signed an
   * agreement with X", "expressed satisfaction with X"), or the verb's whose object it is.
   */
  static List<Integer> allWithPreposition(Sentence s, int trigger, String prep) {
    List<Integer> out = new java.util.ArrayList<>(caseChildren(s, trigger, prep));
    s.child(trigger, "obj").ifPresent(o -> out.addAll(caseChildren(s, o, prep)));
    String rel = s.relationOf(trigger);
    int gov = s.governorOf(trigger);
    if (out.isEmpty() && gov >= 0 && (rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
      out.addAll(caseChildren(s, gov, prep));
    }
    return out;
  }

  /** The arguments of {@code head} itself with preposition {@code prep}. */
  static List<Integer> caseChildren(Sentence s, int head, String prep) {
    List<Integer> out = new java.util.ArrayList<>();
    for (Dependency d : s.children(head)) {
      if (!(d.relation().startsWith("obl") || d.relation().startsWith("nmod"))) {
        continue;
      }
      for (Dependency c : s.children(d.dependent())) {
        if (c.relation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase(prep)) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  private static Optional<Integer> caseChild(Sentence s, int head, String prep) {
    for (Dependency d : s.children(head)) {
      if (!(d.relation().startsWith("obl") || d.relation().startsWith("nmod"))) {
        continue;
      }
      for (Dependency c : s.children(d.dependent())) {
        if (c.relation().equals("case") && s.token(c.dependent()).word().equalsIgnoreCase(prep)) {
          return Optional.of(d.dependent());
        }
      }
    }
    return Optional.empty();
  }

  static boolean hasDependentLemma(Sentence s, int head, String lemma) {
    return hasDependentLemma(s, head, lemma, true);
  }

  /**
   * Whether {@code lemma} is a dependent of {@code head} or of one of its dependents; with
   * {@code intoClauses} false, not through a clause under it ("agreed to strengthen the ceasefire"
   * does not make "agreed" an agreement on a ceasefire).
   */
  static boolean hasDependentLemma(Sentence s, int head, String lemma, boolean intoClauses) {
    for (Dependency d : s.children(head)) {
      if (s.token(d.dependent()).lemma().equalsIgnoreCase(lemma)) {
        return true;
      }
    }
    for (Dependency d : s.children(head)) {
      if (!intoClauses && CLAUSES.contains(d.relation())) {
        continue;
      }
      for (Dependency dd : s.children(d.dependent())) {
        if (s.token(dd.dependent()).lemma().equalsIgnoreCase(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code lemma} is a dependent of the trigger, of its governors up to two levels, or of
   * their dependents: the words of the clause that judge the thing the trigger names.
   */
  static boolean hasLemmaAround(Sentence s, int trigger, String lemma) {
    int t = trigger;
    for (int climb = 0; climb <= 2 && t >= 0; climb++) {
      if (s.token(t).lemma().equalsIgnoreCase(lemma) || hasDependentLemma(s, t, lemma)) {
        return true;
      }
      t = s.governorOf(t);
    }
    return false;
  }

  /** "No document was signed", "signed no agreement": the thing acted on is denied. */
  private static boolean deniedThing(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("obj")) {
        for (Dependency dd : s.children(d.dependent())) {
          if (dd.relation().equals("det") && s.token(dd.dependent()).word().equalsIgnoreCase("no")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static EventStatus status(Sentence s, int trigger) {
    int t = trigger;
    for (int climb = 0; climb < MAX_CLIMB && t >= 0; climb++) {
      for (Dependency d : s.children(t)) {
        String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (NEGATIONS.contains(w) && (d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))) {
          return EventStatus.NEGATED;
        }
        if (d.relation().equals("mark") && CONDITIONS.contains(w)) {
          return EventStatus.HYPOTHETICAL;
        }
        if (d.relation().startsWith("aux") && FUTURE_AUX.contains(w)) {
          return EventStatus.PLANNED;
        }
        if (d.relation().startsWith("aux") && (HYPOTHETICAL_AUX.contains(w) || OBLIGATION.contains(w))) {
          return EventStatus.HYPOTHETICAL;
        }
        if (d.relation().equals("amod") && PLANNING.contains(lemma)) {
          return EventStatus.PLANNED;
        }
      }
      if (climb == 0 && deniedThing(s, t)) {
        return EventStatus.NEGATED;
      }
      String rel = s.relationOf(t);
      int gov = s.governorOf(t);
      if (gov >= 0 && PLANNING.contains(s.token(gov).lemma().toLowerCase(Locale.ROOT)) && !rel.startsWith("nsubj")) {
        return EventStatus.PLANNED;
      }
      if (!(rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("nsubj") || rel.startsWith("advcl") || rel.equals("ccomp")
          || rel.startsWith("acl"))) {
        break;
      }
      t = gov;
    }
    return EventStatus.HAPPENED;
  }
}
