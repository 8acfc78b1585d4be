package org.attache.nlp.actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.FuzzyDate;

/**
 * Resolves one tagged name the gazetteer did not know, by the steps {@link RegistryActorResolver}
 * documents. Guards against merging distinct people: a misspelling must keep the first letter, be
 * at least {@value #MIN_TYPO_LENGTH} letters long and have exactly one candidate within reach; a
 * full name never merges with a person of another first name.
 */
final class NameMatcher {

  static final String NEW = "new:";
  private static final int MIN_TYPO_LENGTH = 6;
  private static final int LONG_NAME = 15;
  private static final Set<String> LOC_FEATURES = Set.of("road", "corridor", "park", "sea", "river", "mountains", "mountain",
      "lake", "valley", "gorge", "pass", "highway", "bridge", "railway", "pipeline", "square", "street", "avenue", "desert",
      "peninsula", "gulf", "bay", "strait", "island", "islands", "coast", "border", "ridge");

  private final ActorRegistry registry;
  private final Optional<FuzzyDate> date;

  NameMatcher(ActorRegistry registry, Optional<FuzzyDate> date) {
    this.registry = registry;
    this.date = date;
  }

  Actor match(NameCandidate c, RegistryActorResolver.Cast cast) {
    Optional<Actor> known = choose(registry.named(c.surface()), c.type());
    if (known.isEmpty()) {
      known = choose(registry.likeNamed(c.surface()), c.type());
    }
    if (known.isEmpty() && c.type() == EntityType.PERSON) {
      known = person(c, cast);
    }
    if (known.isEmpty() && c.type() != EntityType.PERSON) {
      known = misspelledPlace(c);
    }
    return known.orElseGet(() -> newActor(c));
  }

  private Optional<Actor> person(NameCandidate c, RegistryActorResolver.Cast cast) {
    String key = Names.fold(c.surface());
    String[] words = key.split(" ");
    String surname = words[words.length - 1];
    for (Actor a : cast.people()) {
      if (sameSurname(a, surname, 0) && compatibleFirstName(a, words)) {
        return Optional.of(a);
      }
    }
    Optional<Actor> byRegistry = bySurname(registry.withSurname(surname), words);
    if (byRegistry.isPresent()) {
      return byRegistry;
    }
    if (surname.length() < MIN_TYPO_LENGTH) {
      return Optional.empty();
    }
    int limit = surname.length() >= 10 ? 2 : 1;
    List<Actor> near = cast.people().stream().filter(a -> sameSurname(a, surname, limit) && compatibleFirstName(a, words)).toList();
    if (near.size() == 1) {
      return Optional.of(near.get(0));
    }
    return bySurname(registry.withSurnameNear(surname, limit), words);
  }

  /** An organization or place name one or two letters off a registry name, when only one is that close. */
  private Optional<Actor> misspelledPlace(NameCandidate c) {
    int length = Names.fold(c.surface()).length();
    int limit = length >= LONG_NAME ? 2 : length >= MIN_TYPO_LENGTH ? 1 : 0;
    if (limit == 0) {
      return Optional.empty();
    }
    List<KnownActor> near = registry.nearNamed(c.surface(), limit);
    return near.size() == 1 ? Optional.of(near.get(0).actor()) : Optional.empty();
  }

  private Optional<Actor> bySurname(List<KnownActor> candidates, String[] words) {
    List<KnownActor> compatible = candidates.stream().filter(k -> compatibleFirstName(k.actor(), words)).toList();
    if (compatible.size() == 1 && (words.length > 1 || inOffice(compatible.get(0)))) {
      return Optional.of(compatible.get(0).actor());
    }
    List<KnownActor> inOffice = compatible.stream().filter(this::inOffice).toList();
    return inOffice.size() == 1 ? Optional.of(inOffice.get(0).actor()) : Optional.empty();
  }

  private boolean inOffice(KnownActor k) {
    return date.isPresent() && !registry.rolesAt(k.id(), date.get()).isEmpty();
  }

  private static boolean sameSurname(Actor a, String surname, int limit) {
    String theirs = Names.lastWord(Names.fold(a.name()));
    if (!theirs.isEmpty() && !surname.isEmpty() && theirs.charAt(0) != surname.charAt(0)) {
      return false;
    }
    return Names.distance(Names.skeleton(theirs), Names.skeleton(surname), limit) <= limit;
  }

  private static boolean compatibleFirstName(Actor a, String[] words) {
    if (words.length < 2) {
      return true;
    }
    String theirs = Names.fold(a.name()).split(" ")[0];
    String first = words[0];
    return Names.skeleton(theirs).equals(Names.skeleton(first)) || (first.length() == 1 && theirs.startsWith(first));
  }

  private Optional<Actor> choose(List<KnownActor> found, EntityType tagged) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0).actor());
    }
    List<KnownActor> sameType = found.stream().filter(k -> k.actor().type() == tagged).toList();
    List<KnownActor> pool = sameType.isEmpty() ? found : sameType;
    List<KnownActor> inOffice = pool.stream().filter(this::inOffice).toList();
    return Optional.of((inOffice.isEmpty() ? pool : inOffice).get(0).actor());
  }

  private static Actor newActor(NameCandidate c) {
    String name = c.surface().strip().replaceFirst("^(?i)the\\s+", "");
    EntityType type = c.type();
    if (type == EntityType.GPE && LOC_FEATURES.contains(Names.lastWord(Names.fold(name)))) {
      type = EntityType.LOC;
    }
    String id = NEW + (c.type() == EntityType.PERSON ? "person:" + Names.skeleton(Names.lastWord(Names.fold(name))) : Names.fold(name));
    return new Actor(id, name, type, Optional.empty(), List.of());
  }
}
