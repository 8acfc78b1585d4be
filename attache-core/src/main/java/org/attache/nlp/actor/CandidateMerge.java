package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Merges the gazetteer's hits with the tagger's spans: where they overlap the longer wins, and on a
 * tie the registry's, since it knows the actor. A tagger span that only adds a title or a trailing
 * word to a registry name keeps the registry's actor.
 */
final class CandidateMerge {

  private CandidateMerge() {}

  static List<NameCandidate> merge(List<Gazetteer.Hit> hits, List<NameCandidate> tagged) {
    List<NameCandidate> all = new ArrayList<>();
    for (Gazetteer.Hit h : hits) {
      all.add(new NameCandidate(h.span(), h.surface(), h.actor().actor().type(), Optional.of(h.actor())));
    }
    all.addAll(tagged);
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
