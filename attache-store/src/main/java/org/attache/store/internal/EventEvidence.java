package org.attache.store.internal;

/**
 * The evidence an event is shown with: that of its first telling, the one in the lowest article id
 * and, within the article, the lowest ordinal. The writer keeps it on the event as tellings
 * arrive; this query finds it again from {@code event_mentions} where tellings went away (a
 * replaced article) or were never summed up (a store of an older schema).
 */
final class EventEvidence {

  private EventEvidence() {}

  /** Returns a query of {@code event_id, evidence, doc_id} for the events whose tellings match {@code where}. */
  static String firstTellings(String where) {
    return "SELECT event_id, first(evidence ORDER BY doc_id, ordinal) AS evidence, min(doc_id) AS doc_id FROM event_mentions WHERE "
        + where + " GROUP BY event_id";
  }
}
