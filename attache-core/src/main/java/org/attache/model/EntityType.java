package org.attache.model;

/** The kinds of actor the contract knows: people, organizations, governed places, other places. */
public enum EntityType {
  PERSON,
  ORG,
  /** Countries, cities and regions with a government. */
  GPE,
  /** Other places: mountain ranges, regions without a government, roads, parks. */
  LOC
}
