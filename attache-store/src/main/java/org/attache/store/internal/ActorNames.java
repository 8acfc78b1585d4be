package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.store.ActorRef;

/**
 * Resolves the names users type ("Lavrov", "Sergey Lavrov", "rus", "Azerbaijan") to stored actors:
 * an id, name or alias equal to the query (ignoring case) first; failing that, names containing
 * it (ignoring case and accents), shortest first. A side of a timeline may be a country, which
 * stands for itself and every person and organization affiliated with it.
 */
final class ActorNames {

  private static final String COLUMNS = "SELECT actor_id, name, type, country FROM actors ";

  private ActorNames() {}

  static List<ActorRef> resolve(Connection c, String query) throws SQLException {
    String q = query.strip();
    List<ActorRef> exact = select(c, COLUMNS + "WHERE lower(actor_id) = lower(?) OR lower(name) = lower(?)"
        + " OR list_contains(string_split(lower(aliases), '|'), lower(?)) ORDER BY type = 'GPE' DESC, actor_id", List.of(q, q, q));
    if (!exact.isEmpty()) {
      return exact;
    }
    return select(c, COLUMNS + "WHERE contains(strip_accents(lower(name)), strip_accents(lower(?)))"
        + " OR contains(strip_accents(lower(aliases)), strip_accents(lower(?))) ORDER BY length(name), actor_id LIMIT 20", List.of(q, q));
  }

  /** Returns the first actor {@code query} resolves to. */
  static Optional<ActorRef> first(Connection c, String query) throws SQLException {
    List<ActorRef> all = resolve(c, query);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Returns the actors one side of a relation stands for: the actor, or a country with its people and bodies. */
  static List<ActorRef> side(Connection c, String query) throws SQLException {
    Optional<ActorRef> a = first(c, query);
    if (a.isEmpty()) {
      return List.of();
    }
    if (!a.get().isCountry()) {
      return List.of(a.get());
    }
    Map<String, ActorRef> out = new LinkedHashMap<>();
    out.put(a.get().id(), a.get());
    for (ActorRef m : select(c, COLUMNS + "WHERE upper(country) = upper(?) AND type IN ('PERSON', 'ORG') ORDER BY actor_id",
        List.of(a.get().country().orElseThrow()))) {
      out.putIfAbsent(m.id(), m);
    }
    return List.copyOf(out.values());
  }

  static List<String> ids(List<ActorRef> actors) {
    return actors.stream().map(ActorRef::id).toList();
  }

  private static List<ActorRef> select(Connection c, String sql, List<Object> params) throws SQLException {
    List<ActorRef> out = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new ActorRef(r.getString(1), r.getString(2), r.getString(3), Optional.ofNullable(r.getString(4))));
      }
    }
    return out;
  }
}
