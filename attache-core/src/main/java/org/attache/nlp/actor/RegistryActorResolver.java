package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Entity;
import org.attache.model.EntityType;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.nlp.AnnotatedText;

/**
 * Resolves an article's names to registry actors, in order of confidence: the registry's own names
 * found in the text; exact and transliteration-folded aliases of what the tagger found; a surname
 * or partial name after a full mention in the same article; a surname the registry knows, preferring
 * who held office at the article's date; a misspelling within a small edit distance of a name in the
 * article or the registry; and last, a new actor named by its longest form in the article. Then role
 * nouns that name a country ("the Russian Foreign Minister") become mentions of whoever held that
 * office that day. Immutable and thread-safe.
 */
public final class RegistryActorResolver implements ActorResolver {

  private final ActorRegistry registry;
  private final Gazetteer gazetteer;
  private final RoleNouns roleNouns;

  public RegistryActorResolver(ActorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.gazetteer = new Gazetteer(registry.all());
    this.roleNouns = new RoleNouns(registry);
  }

  @Override
  public ArticleActors resolve(AnnotatedText text) {
    Optional<FuzzyDate> date = text.article().published();
    Cast cast = new Cast();
    List<NameCandidate> candidates = CandidateMerge.merge(gazetteer.find(text.text()), NameCandidate.fromNer(text, w -> registry.countryOfAdjective(w).isPresent()));
    candidates.stream().filter(c -> c.known().isPresent()).forEach(c -> cast.add(c.known().get().actor(), c));
    List<NameCandidate> unknown = new ArrayList<>(candidates.stream().filter(c -> c.known().isEmpty()).toList());
    unknown.sort(Comparator.comparingInt(NameCandidate::words).reversed());
    NameMatcher matcher = new NameMatcher(registry, date);
    for (NameCandidate c : unknown) {
      cast.add(matcher.match(c, cast), c);
    }
    List<ArticleActors.RoleReference> loose = new ArrayList<>();
    for (RoleNouns.Found f : roleNouns.find(text.text(), cast.spans())) {
      Optional<Actor> holder = f.country().flatMap(iso -> holderOf(f.office(), iso, date, cast));
      if (holder.isPresent()) {
        cast.add(holder.get(), new NameCandidate(f.span(), text.words(f.span()), EntityType.PERSON, Optional.empty()));
      } else {
        loose.add(new ArticleActors.RoleReference(f.span(), f.office(), f.country()));
      }
    }
    return cast.build(registry, date, loose);
  }

  private Optional<Actor> holderOf(String office, String iso, Optional<FuzzyDate> date, Cast cast) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    List<Tenure> holders = registry.holders(office, iso, date.get());
    if (holders.isEmpty() && office.equals("HEAD_OF_STATE")) {
      holders = registry.holders("HEAD_OF_GOVERNMENT", iso, date.get());
    }
    Optional<Tenure> mentioned = holders.stream().filter(t -> cast.has(t.holder())).findFirst();
    Optional<Tenure> chosen = mentioned.isPresent() ? mentioned : holders.stream().findFirst();
    return chosen.flatMap(t -> registry.byId(t.holder())).map(KnownActor::actor);
  }

  /** The entities of the article as they are being collected. */
  static final class Cast {
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, List<Mention>> mentions = new LinkedHashMap<>();

    void add(Actor actor, NameCandidate c) {
      Actor kept = actors.merge(actor.id(), actor, Cast::longerName);
      mentions.computeIfAbsent(kept.id(), k -> new ArrayList<>()).add(new Mention(c.span(), c.surface(), kept.type()));
    }

    private static Actor longerName(Actor a, Actor b) {
      return b.id().startsWith(NameMatcher.NEW) && b.name().length() > a.name().length() ? b : a;
    }

    boolean has(String id) {
      return actors.containsKey(id);
    }

    List<Actor> people() {
      return actors.values().stream().filter(a -> a.type() == EntityType.PERSON).toList();
    }

    List<org.attache.model.TextSpan> spans() {
      return mentions.values().stream().flatMap(List::stream).map(Mention::span).toList();
    }

    ArticleActors build(ActorRegistry registry, Optional<FuzzyDate> date, List<ArticleActors.RoleReference> loose) {
      List<Entity> entities = new ArrayList<>();
      Map<String, List<String>> offices = new LinkedHashMap<>();
      for (Actor a : actors.values()) {
        List<Tenure> roles = date.map(d -> registry.rolesAt(a.id(), d)).orElse(List.of());
        offices.put(a.id(), roles.stream().map(Tenure::office).toList());
        List<Mention> ms = new ArrayList<>(mentions.get(a.id()));
        ms.sort(Comparator.comparing(Mention::span));
        entities.add(new Entity(a, roles.stream().findFirst().map(Tenure::title), ms));
      }
      entities.sort(Comparator.comparing(e -> e.mentions().get(0).span()));
      return new ArticleActors(entities, offices, loose, date);
    }
  }
}
