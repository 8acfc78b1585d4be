package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Merges the gazetteer's hits with the tagger's spans: where they overlap the longer wins, and on a
 * tie the registry's, since it knows the actor. A tagged compound of registry names
 * ("Baku-Moscow") gives way to the names it is made of.
 */
final class CandidateMerge {

  private CandidateMerge() {}

  /** "Baku-Moscow partnership": a tagged span made only of registry names joined by hyphens or slashes. */
  private static boolean compoundOfKnown(NameCandidate t, List<Gazetteer.Hit> hits) {
    List<Gazetteer.Hit> inside = hits.stream().filter(h -> t.span().contains(h.span())).toList();
    if (inside.size() < 2) {
      return false;
    }
    StringBuilder rest = new StringBuilder(t.surface());
    for (int i = inside.size() - 1; i >= 0; i--) {
      Gazetteer.Hit h = inside.get(i);
      rest.replace(h.span().start() - t.span().start(), h.span().end() - t.span().start(), "");
    }
    return rest.toString().replaceAll("[\\s\\-\u2013/]", "").isEmpty();
  }

  static List<NameCandidate> merge(List<Gazetteer.Hit> hits, List<NameCandidate> tagged) {
    List<NameCandidate> all = new ArrayList<>();
    for (Gazetteer.Hit h : hits) {
      all.add(new NameCandidate(h.span(), h.surface(), h.actor().actor().type(), Optional.of(h.actor())));
    }
    for (NameCandidate t : tagged) {
      if (!compoundOfKnown(t, hits)) {
        all.add(t);
      }
    }
    all.sort(Comparator.comparingInt((NameCandidate c) -> c.span().length()).reversed()
        .thenComparing(c -> c.known().isEmpty()));
    List<NameCandidate> kept = new ArrayList<>();
    for (NameCandidate c : all) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparing(NameCandidate::span));
    return kept;
  }
}
