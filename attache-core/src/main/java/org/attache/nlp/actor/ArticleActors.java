package org.attache.nlp.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Entity;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * The cast of one article: its entities with every mention, the offices each held at the article's
 * date (so a later stage can tell who "the head of state" is), and the role nouns that name no
 * country ("the minister said") for those stages to resolve in context.
 */
public record ArticleActors(List<Entity> entities, Map<String, List<String>> officesAt, List<RoleReference> roleReferences,
    Optional<FuzzyDate> date) {

  /** A role noun in the text with the office it names and the country it names, if any. */
  public record RoleReference(TextSpan span, String office, Optional<String> country) {}

  /** One mention together with the entity it refers to. */
  public record Located(Entity entity, Mention mention) {}

  public ArticleActors {
    entities = List.copyOf(entities);
    officesAt = Map.copyOf(officesAt);
    roleReferences = List.copyOf(roleReferences);
  }

  public static ArticleActors none() {
    return new ArticleActors(List.of(), Map.of(), List.of(), Optional.empty());
  }

  /** Returns every mention that lies inside {@code span}, in text order. */
  public List<Located> mentionsIn(TextSpan span) {
    List<Located> out = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (span.contains(m.span())) {
          out.add(new Located(e, m));
        }
      }
    }
    out.sort(Comparator.comparing(l -> l.mention().span()));
    return out;
  }

  /** Returns the entity mentioned at {@code span} (a mention overlapping it), if any. */
  public Optional<Located> at(TextSpan span) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.span().overlaps(span)) {
          return Optional.of(new Located(e, m));
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the offices {@code actorId} held at the article's date. */
  public List<String> offices(String actorId) {
    return officesAt.getOrDefault(actorId, List.of());
  }
}
