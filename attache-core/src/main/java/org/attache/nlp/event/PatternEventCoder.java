package org.attache.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.Quote;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.model.TimeExpression;
import org.attache.nlp.AnnotatedText;
import org.attache.nlp.actor.ActorRegistry;
import org.attache.nlp.actor.ArticleActors;

/**
 * Codes events with the pattern dictionary over the dependency parse: for each trigger verb or noun
 * of a parsed sentence, the first pattern whose frame yields a source wins. Source is the subject
 * (the agent of a passive, the possessor or "of" phrase of a noun, or the subject of the verb that
 * governs the noun: "held talks with"); target comes from the pattern's frame. Dates come from the
 * time expressions of the sentence, the one nearest the trigger; with none the event has no date
 * and is reported on the publication day. Immutable and thread-safe.
 */
public final class PatternEventCoder implements EventCoder {

  private final VerbPatterns patterns;
  private final ActorRegistry registry;

  public PatternEventCoder(VerbPatterns patterns, ActorRegistry registry) {
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public List<Event> code(AnnotatedText text, ArticleActors actors, List<Quote> quotes, List<TimeExpression> times) {
    Participants participants = new Participants(registry, actors, quotes, text.sentences());
    List<Event> out = new ArrayList<>();
    Optional<FuzzyDate> lastDate = Optional.empty();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      for (int i = 0; i < s.tokens().size(); i++) {
        VerbPattern.Pos pos = VerbPattern.Pos.ofTag(s.token(i).pos());
        if (pos == null) {
          continue;
        }
        for (VerbPattern p : patterns.forTrigger(s.token(i).lemma(), pos)) {
          List<Event> coded = apply(text, s, i, p, participants, times, lastDate);
          if (!coded.isEmpty()) {
            coded.forEach(e -> addNew(out, e));
            lastDate = coded.get(0).date().or(() -> Optional.empty()).isPresent() ? coded.get(0).date() : Optional.empty();
            break;
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Event::evidence));
    return out;
  }

  private List<Event> apply(AnnotatedText text, Sentence s, int trigger, VerbPattern p, Participants who,
      List<TimeExpression> times, Optional<FuzzyDate> lastDate) {
    if (!p.needs().isEmpty() && !needed(s, trigger, p)) {
      return List.of();
    }
    Roles found = Roles.find(s, trigger, p, who);
    if (Roles.VERBAL_ROOTS.contains(p.cameo().substring(0, 2))) {
      found.targets().removeIf(t -> t.type() == EntityType.LOC);
    }
    boolean mutual = found.sources().size() >= 2 && found.targets().isEmpty();
    Roles roles = mutual(found);
    boolean needsTarget = (p.frame() != VerbPattern.Frame.NONE && p.frame() != VerbPattern.Frame.APPEAL) || p.joint();
    if (roles.sources().isEmpty() || (roles.targets().isEmpty() && needsTarget)) {
      return List.of();
    }
    if (roles.sources().stream().anyMatch(who::isLocality) || !placeMayBeTarget(p) && roles.targets().stream().anyMatch(who::isLocality)) {
      return List.of();
    }
    Optional<FuzzyDate> date = dateOf(s, trigger, times).or(() -> sameDay(text, s) ? lastDate : Optional.empty());
    EventStatus status = Clause.status(s, trigger);
    if (Stance.applies(p.frame())) {
      if (status == EventStatus.NEGATED) {
        return List.of();
      }
      status = EventStatus.HAPPENED;
    }
    Optional<String> place = roles.place().map(Actor::name);
    TextSpan evidence = evidence(s, trigger, roles);
    List<Event> out = new ArrayList<>();
    for (Actor src : roles.sources()) {
      List<Actor> targets = roles.targets().isEmpty() ? java.util.Collections.singletonList(null) : roles.targets();
      for (Actor tgt : targets) {
        if (tgt != null && tgt.id().equals(src.id())) {
          continue;
        }
        Optional<FuzzyDate> reported = text.article().published();
        String cameo = code(p, src, tgt, roles.place());
        out.add(new Event(cameo, src, Optional.ofNullable(tgt), date, reported, place, status, evidence, text.words(evidence), p.describe()));
        if ((p.joint() || mutual && !p.cameo().startsWith("04")) && tgt != null) {
          out.add(new Event(cameo, tgt, Optional.of(src), date, reported, place, status, evidence, text.words(evidence), p.describe()));
        }
      }
    }
    return out;
  }

  /**
   * Whether a word the pattern needs is there: one of its {@code |} alternatives among the
   * trigger's dependents; for a stance, anywhere in the clause around it ("relations … are
   * strategic", "called the relations an example").
   */
  private static boolean needed(Sentence s, int trigger, VerbPattern p) {
    for (String word : p.needs().split("\\|")) {
      boolean found = Stance.applies(p.frame()) ? Clause.hasLemmaAround(s, trigger, word)
          : Clause.hasDependentLemma(s, trigger, word, p.frame() == VerbPattern.Frame.INTENT);
      if (found) {
        return true;
      }
    }
    return false;
  }

  /**
   * A meeting of two parties in a third state's territory ("met in Vienna") is CAMEO's 044, meet
   * at a third location; the pattern's code otherwise.
   */
  private static String code(VerbPattern p, Actor source, Actor target, Optional<Actor> place) {
    if (!p.cameo().equals("040") || target == null || place.isEmpty() || place.get().country().isEmpty()) {
      return p.cameo();
    }
    String where = place.get().country().get();
    boolean third = source.country().isPresent() && target.country().isPresent()
        && !source.country().get().equals(where) && !target.country().get().equals(where);
    return third ? "044" : p.cameo();
  }

  /** A visit goes to a place and force can strike one; no other act is done by or to a town. */
  private static boolean placeMayBeTarget(VerbPattern p) {
    return p.cameo().startsWith("042") || p.cameo().startsWith("043") || p.cameo().startsWith("18") || p.cameo().startsWith("19");
  }

  private static String trigger(Event e) {
    int slash = e.pattern().indexOf('/');
    return slash < 0 ? e.pattern() : e.pattern().substring(0, slash);
  }

  private static int precision(Event e) {
    return e.date().map(d -> d.iso().length()).orElse(0);
  }

  /** "Putin and Aliyev congratulated each other": several sources and no target act on one another. */
  private static Roles mutual(Roles r) {
    if (r.sources().size() < 2 || !r.targets().isEmpty()) {
      return r;
    }
    return new Roles(List.of(r.sources().get(0)), r.sources().subList(1, r.sources().size()), r.place(), r.spans());
  }

  private static boolean sameDay(AnnotatedText text, Sentence s) {
    return text.words(s.span()).toLowerCase(Locale.ROOT).contains("same day");
  }

  private static Optional<FuzzyDate> dateOf(Sentence s, int trigger, List<TimeExpression> times) {
    int at = s.token(trigger).span().start();
    TimeExpression best = null;
    for (TimeExpression t : times) {
      if (s.span().contains(t.span()) && t.value().isPresent()
          && (best == null || Math.abs(t.span().start() - at) < Math.abs(best.span().start() - at))) {
        best = t;
      }
    }
    return best == null ? Optional.empty() : best.value();
  }

  private static TextSpan evidence(Sentence s, int trigger, Roles roles) {
    TextSpan span = s.token(trigger).span();
    for (TextSpan r : roles.spans()) {
      span = span.union(r);
    }
    return span;
  }

  /**
   * The same act told twice in one article (headline and body) is one event: same CAMEO code,
   * actors (either way round for a consultation) and compatible dates, and the same trigger word
   * or a date to tie them; a consultation needs neither ("met with" and "during the meeting" are
   * one meeting), while two undated statements in other words are two statements. The dated
   * telling is kept.
   */
  private static void addNew(List<Event> out, Event e) {
    if (e.source().type() == EntityType.LOC) {
      return;
    }
    for (int i = 0; i < out.size(); i++) {
      Event o = out.get(i);
      boolean sameWay = o.source().id().equals(e.source().id()) && o.target().map(Actor::id).equals(e.target().map(Actor::id));
      boolean otherWay = e.root().equals("04") && e.target().map(t -> t.id().equals(o.source().id())).orElse(false)
          && o.target().map(t -> t.id().equals(e.source().id())).orElse(false);
      boolean same = o.cameo().equals(e.cameo()) && (sameWay || otherWay);
      boolean compatible = o.date().isEmpty() || e.date().isEmpty() || o.date().get().covers(e.date().get())
          || e.date().get().covers(o.date().get());
      boolean sameTelling = trigger(o).equals(trigger(e)) || o.date().isPresent() || e.date().isPresent() || e.root().equals("04");
      if (same && compatible && sameTelling) {
        if (o.date().isEmpty() && e.date().isPresent() || precision(e) > precision(o)) {
          out.set(i, e);
        }
        return;
      }
    }
    out.add(e);
  }
}
