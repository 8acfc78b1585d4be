package org.attache.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The country an actor stands for when one side of a relation is a country: a country stands for
 * itself, a person or organization for the country it is affiliated with; cities, places and
 * unaffiliated actors stand for none. The store writes it beside each event (and so does the Spark
 * job, whose tables the store loads), so that a timeline between two countries filters two
 * columns instead of matching every affiliated actor.
 */
public final class CountrySide {

  private CountrySide() {}

  /** Returns the upper-case ISO alpha-3 code {@code a} stands for, if any. */
  public static Optional<String> of(Actor a) {
    if (a.country().isEmpty()) {
      return Optional.empty();
    }
    String cc = a.country().get();
    boolean country = a.type() == EntityType.GPE && cc.equalsIgnoreCase(a.id());
    boolean affiliated = a.type() == EntityType.PERSON || a.type() == EntityType.ORG;
    return country || affiliated ? Optional.of(cc.toUpperCase(Locale.ROOT)) : Optional.empty();
  }
}
