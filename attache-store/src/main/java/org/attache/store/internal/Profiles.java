package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.store.ActorProfile;
import org.attache.store.ActorRef;
import org.attache.store.DateRange;
import org.attache.store.QuoteQuery;

/** Builds an actor's profile: roles over time, top partners, events by type, recent quotes. */
final class Profiles {

  private static final int PARTNERS = 10;
  private static final int QUOTES = 5;

  private Profiles() {}

  static Optional<ActorProfile> of(Connection c, String name) throws SQLException {
    Optional<ActorRef> found = ActorNames.first(c, name);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ActorRef a = found.get();
    List<Object> id = List.of(a.id());
    int documents = (int) count(c, "SELECT count(DISTINCT doc_id) FROM roles WHERE actor_id = ?", id);
    List<ActorProfile.RoleSpan> roles = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, "SELECT role, min(day) AS first, max(day) AS last, count(*) AS n FROM roles"
        + " WHERE actor_id = ? AND role IS NOT NULL GROUP BY role ORDER BY first NULLS LAST, role", id); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        roles.add(new ActorProfile.RoleSpan(r.getString(1), Sql.day(r, "first"), Sql.day(r, "last"), r.getInt(4)));
      }
    }
    List<ActorProfile.Partner> partners = new ArrayList<>();
    String partnerSql = "SELECT x.other, coalesce(s.name, x.other), s.type, s.country, count(*) AS n FROM (SELECT target_id AS other FROM events"
        + " WHERE source_id = ? UNION ALL SELECT source_id FROM events WHERE target_id = ?) x LEFT JOIN actors s ON s.actor_id = x.other"
        + " WHERE x.other IS NOT NULL AND x.other <> ? GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1 LIMIT " + PARTNERS;
    try (PreparedStatement p = Sql.prepare(c, partnerSql, List.of(a.id(), a.id(), a.id())); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        partners.add(new ActorProfile.Partner(new ActorRef(r.getString(1), r.getString(2), r.getString(3) == null ? "" : r.getString(3),
            Optional.ofNullable(r.getString(4))), r.getInt(5)));
      }
    }
    List<ActorProfile.EventCount> events = new ArrayList<>();
    String eventSql = "SELECT e.root, coalesce(k.label, ''), count(*) AS n FROM events e LEFT JOIN cameo k ON k.code = e.root"
        + " WHERE e.source_id = ? OR e.target_id = ? GROUP BY 1, 2 ORDER BY n DESC, 1";
    try (PreparedStatement p = Sql.prepare(c, eventSql, List.of(a.id(), a.id())); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        events.add(new ActorProfile.EventCount(r.getString(1), r.getString(2), r.getInt(3)));
      }
    }
    var quotes = QuoteRows.find(c, new QuoteQuery(Optional.of(a.id()), Optional.empty(), DateRange.ALL, QUOTES));
    return Optional.of(new ActorProfile(a, documents, roles, partners, events, quotes));
  }

  private static long count(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
