package org.attache.model;

/** Whether an event took place, is announced, was denied or is only supposed. */
public enum EventStatus {
  HAPPENED,
  PLANNED,
  NEGATED,
  HYPOTHETICAL
}
