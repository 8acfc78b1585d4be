package org.attache.store.internal;

import org.attache.model.CountrySide;

/**
 * {@link CountrySide}'s rule as SQL over a row of {@code actors}, for the schema migration that
 * fills {@code events.source_country} and {@code target_country} of stores written before them,
 * and for the writer's map of stored actors.
 */
final class SideCountry {

  private SideCountry() {}

  /** The rule over a row of {@code actors} aliased {@code t}, as an SQL expression (null for none). */
  static String sql(String t) {
    return "CASE WHEN " + t + ".type IN ('PERSON', 'ORG') OR (" + t + ".type = 'GPE' AND lower(" + t + ".actor_id) = lower(" + t + ".country))"
        + " THEN upper(" + t + ".country) END";
  }
}
