package org.attache.nlp.time;

/** The time a sentence speaks of, as far as its verbs and cue words tell. */
enum Tense {
  /** Reports what happened: "was", "met", "said", "ago". */
  PAST,
  /** Neither past nor future is marked, or the marks are modal ("would"). */
  PRESENT,
  /** Announces what will happen: "will", "is scheduled", "upcoming", "next". */
  FUTURE
}
