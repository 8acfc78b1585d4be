package org.attache.nlp.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.EntityType;
import org.attache.model.FuzzyDate;

/**
 * The actors Attaché knows before it reads an article: countries, places, organizations and people
 * with their terms of office, loaded from the plain files shipped in
 * {@code org/attache/actors/} and from the user's own files in the same format (see
 * docs/actors.md). Lookups forgive case, accents and transliteration; the role tables answer "who
 * was the Azerbaijani foreign minister on that day". Immutable once loaded and thread-safe.
 */
public final class ActorRegistry {

  static final List<String> BUNDLED_ACTORS = List.of("countries.tsv", "places.tsv", "organizations.tsv", "people.tsv");
  private static final String BUNDLED_DIR = "/org/attache/actors/";

  private final Map<String, KnownActor> byId = new LinkedHashMap<>();
  private final Map<String, List<KnownActor>> byKey = new HashMap<>();
  private final Map<String, List<KnownActor>> bySkeleton = new HashMap<>();
  private final Map<String, List<KnownActor>> bySurname = new HashMap<>();
  private final Map<String, KnownActor> countryByAdjective = new HashMap<>();
  private final Map<String, KnownActor> countryByMetonym = new HashMap<>();
  private final Map<String, List<Tenure>> tenures = new HashMap<>();
  private final Map<String, String> officeByNoun = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  private ActorRegistry() {}

  /** Loads the bundled registry only. */
  public static ActorRegistry bundled() {
    return load(List.of(), false);
  }

  /**
   * Loads the bundled registry and then {@code userFiles}, each an actors, roles or offices table
   * recognized by its header. In strict mode any malformed line fails the load; otherwise it is
   * reported in {@link #warnings()} and skipped.
   */
  public static ActorRegistry load(List<Path> userFiles, boolean strict) {
    ActorRegistry r = new ActorRegistry();
    List<RegistryTable> tables = new ArrayList<>();
    for (String name : BUNDLED_ACTORS) {
      tables.add(bundledTable(name));
    }
    tables.add(bundledTable("roles.tsv"));
    tables.add(bundledTable("offices.tsv"));
    for (Path p : userFiles) {
      tables.add(userTable(p));
    }
    for (RegistryTable t : tables) {
      r.warnings.addAll(t.problems());
      RegistryLoader.add(r, t);
    }
    r.warnings.addAll(RoleConflicts.find(r.tenures.values()));
    if (strict && !r.warnings.isEmpty()) {
      throw new RegistryFormatException(String.join("\n", r.warnings));
    }
    return r;
  }

  private static RegistryTable bundledTable(String name) {
    InputStream in = ActorRegistry.class.getResourceAsStream(BUNDLED_DIR + name);
    if (in == null) {
      throw new IllegalStateException("bundled registry file missing from the classpath: " + BUNDLED_DIR + name);
    }
    return RegistryTable.read(name, in);
  }

  private static RegistryTable userTable(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      return RegistryTable.read(p.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read registry file " + p + ": " + e.getMessage(), e);
    }
  }

  void addActor(KnownActor a, String where) {
    KnownActor previous = byId.put(a.id(), a);
    if (previous != null) {
      warnings.add(where + ": actor id '" + a.id() + "' defined again; the later entry wins");
    }
    List<String> names = new ArrayList<>();
    names.add(a.actor().name());
    names.addAll(a.actor().aliases());
    for (String n : names) {
      String key = Names.fold(n);
      if (key.isEmpty()) {
        continue;
      }
      List<KnownActor> holders = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (holders.stream().anyMatch(h -> !h.id().equals(a.id()))) {
        warnings.add(where + ": alias '" + n + "' is claimed by " + holders.get(0).id() + " and " + a.id());
      }
      holders.removeIf(h -> h.id().equals(a.id()));
      holders.add(a);
      bySkeleton.computeIfAbsent(Names.skeleton(n), k -> new ArrayList<>()).add(a);
      if (a.actor().type() == org.attache.model.EntityType.PERSON && key.contains(" ")) {
        bySurname.computeIfAbsent(Names.skeleton(Names.lastWord(key)), k -> new ArrayList<>()).add(a);
      }
    }
    a.adjectives().forEach(adj -> countryByAdjective.put(Names.fold(adj), a));
    a.metonyms().forEach(m -> countryByMetonym.put(Names.fold(m), a));
  }

  void addTenure(Tenure t) {
    tenures.computeIfAbsent(t.holder(), k -> new ArrayList<>()).add(t);
  }

  void addOfficeNoun(String noun, String office) {
    officeByNoun.put(Names.fold(noun), office);
  }

  void warn(String message) {
    warnings.add(message);
  }

  public Optional<KnownActor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the country whose ISO 3166-1 alpha-3 code is {@code iso3}. */
  public Optional<KnownActor> country(String iso3) {
    return byId(iso3.toLowerCase(Locale.ROOT));
  }

  /** Returns the actors one of whose names folds to the same key as {@code surface}. */
  public List<KnownActor> named(String surface) {
    return List.copyOf(byKey.getOrDefault(Names.fold(surface), List.of()));
  }

  /** Returns the actors with a name of the same transliteration skeleton as {@code surface}. */
  public List<KnownActor> likeNamed(String surface) {
    return distinct(bySkeleton.getOrDefault(Names.skeleton(surface), List.of()));
  }

  /** Returns the people whose surname has the same skeleton as the one word {@code surname}. */
  public List<KnownActor> withSurname(String surname) {
    return distinct(bySurname.getOrDefault(Names.skeleton(surname), List.of()));
  }

  /** Returns the people whose surnames are within {@code limit} edits of {@code surname}. */
  public List<KnownActor> withSurnameNear(String surname, int limit) {
    String key = Names.skeleton(surname);
    List<KnownActor> out = new ArrayList<>();
    bySurname.forEach((k, v) -> {
      if (Names.distance(k, key, limit) <= limit) {
        out.addAll(v);
      }
    });
    return distinct(out);
  }

  /**
   * Returns the organizations and places one of whose names is within {@code limit} edits of
   * {@code surface} ("Armena", "Euroasian Economic Unian"), keeping the first letter.
   */
  public List<KnownActor> nearNamed(String surface, int limit) {
    String key = Names.fold(surface);
    List<KnownActor> out = new ArrayList<>();
    byKey.forEach((k, actors) -> {
      if (!k.isEmpty() && !key.isEmpty() && k.charAt(0) == key.charAt(0) && Names.distance(k, key, limit) <= limit) {
        actors.stream().filter(a -> a.actor().type() != org.attache.model.EntityType.PERSON).forEach(out::add);
      }
    });
    return distinct(out);
  }

  public Optional<KnownActor> countryOfAdjective(String adjective) {
    return Optional.ofNullable(countryByAdjective.get(Names.fold(adjective)));
  }

  public Optional<KnownActor> countryOfMetonym(String name) {
    return Optional.ofNullable(countryByMetonym.get(Names.fold(name)));
  }

  /** Returns the terms of {@code actorId} covering {@code date}, most senior office first. */
  public List<Tenure> rolesAt(String actorId, FuzzyDate date) {
    return tenures.getOrDefault(actorId, List.of()).stream()
        .filter(t -> t.covers(date))
        .sorted(Comparator.comparingInt(t -> Offices.rank(t.office())))
        .toList();
  }

  /** Returns the terms of {@code actorId}, earliest first. */
  public List<Tenure> roles(String actorId) {
    return tenures.getOrDefault(actorId, List.of()).stream()
        .sorted(Comparator.comparing((Tenure t) -> t.start().firstDay()))
        .toList();
  }

  /** Returns who held {@code office} of {@code of} (a country code or organization id) on {@code date}. */
  public List<Tenure> holders(String office, String of, FuzzyDate date) {
    List<Tenure> out = new ArrayList<>();
    for (List<Tenure> ts : tenures.values()) {
      for (Tenure t : ts) {
        if (t.office().equals(office) && t.of().equalsIgnoreCase(of) && t.covers(date)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * Returns the organization an office belongs to when every holder on record served in the same
   * one ("the co-chairs" are the OSCE Minsk Group's), so that a plural role noun can stand for it.
   */
  public Optional<KnownActor> bodyOf(String office) {
    Set<String> bodies = new HashSet<>();
    for (List<Tenure> ts : tenures.values()) {
      for (Tenure t : ts) {
        if (t.office().equals(office)) {
          bodies.add(t.of().toLowerCase(Locale.ROOT));
        }
      }
    }
    return bodies.size() == 1 ? byId(bodies.iterator().next()).filter(k -> k.actor().type() == EntityType.ORG) : Optional.empty();
  }

  /** Returns the office a role noun names ("foreign minister" → FOREIGN_MINISTER). */
  public Optional<String> officeOfNoun(String noun) {
    return Optional.ofNullable(officeByNoun.get(Names.fold(noun)));
  }

  /** Returns every role noun, folded, longest first so that "prime minister" wins over "minister". */
  public List<String> officeNouns() {
    return officeByNoun.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  public Collection<KnownActor> all() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  /** Returns what loading reported: malformed lines, duplicate ids, aliases claimed twice. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private static List<KnownActor> distinct(List<KnownActor> in) {
    Map<String, KnownActor> m = new LinkedHashMap<>();
    in.forEach(a -> m.putIfAbsent(a.id(), a));
    return List.copyOf(m.values());
  }
}
