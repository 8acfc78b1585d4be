package org.attache.store.internal;

import java.util.Locale;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.EntityType;

/**
 * The country an actor stands for when one side of a timeline is a country: a country stands for
 * itself, a person or organization for the country it is affiliated with; cities, places and
 * unaffiliated actors stand for none. Stored on each event as {@code source_country} and
 * {@code target_country} (upper-case ISO alpha-3), so that a timeline between two countries is a
 * filter on two columns instead of a match against every affiliated actor's id.
 */
final class SideCountry {

  private SideCountry() {}

  static Optional<String> of(Actor a) {
    if (a.country().isEmpty()) {
      return Optional.empty();
    }
    String cc = a.country().get();
    boolean country = a.type() == EntityType.GPE && cc.equalsIgnoreCase(a.id());
    boolean affiliated = a.type() == EntityType.PERSON || a.type() == EntityType.ORG;
    return country || affiliated ? Optional.of(cc.toUpperCase(Locale.ROOT)) : Optional.empty();
  }

  /** The same rule over a row of {@code actors} aliased {@code t}, as an SQL expression (null for none). */
  static String sql(String t) {
    return "CASE WHEN " + t + ".type IN ('PERSON', 'ORG') OR (" + t + ".type = 'GPE' AND lower(" + t + ".actor_id) = lower(" + t + ".country))"
        + " THEN upper(" + t + ".country) END";
  }
}
