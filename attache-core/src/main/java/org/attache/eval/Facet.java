package org.attache.eval;

import java.util.Locale;

/**
 * The four things the scorer measures, in the order score.py reports them. Quote speakers are a
 * facet of their own because a quote can be found while its speaker is wrong.
 */
public enum Facet {
  ENTITIES,
  QUOTES,
  SPEAKERS,
  EVENTS;

  /** Returns the key score.py uses for this facet in its JSON and table ("entities", ...). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
