package org.attache.store;

import java.util.List;
import java.util.Optional;

/**
 * One stored article with its text and every fact extracted from it, each with its character
 * offsets in {@code text} (UTF-16 code units, as Java and JavaScript count), so that a reader can
 * highlight the mentions, quotes and event tellings in place.
 */
public record StoredDocument(DocumentSummary summary, String text, List<MentionAt> mentions, List<QuoteAt> quotes, List<EventAt> events) {

  public StoredDocument {
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** A mention of a stored actor, and the role the article gave it. */
  public record MentionAt(int start, int end, String text, ActorRef actor, Optional<String> role) {}

  /** A quote, its speaker and cue, and whom it is about. */
  public record QuoteAt(long id, int start, int end, String text, String kind, Optional<ActorRef> speaker, Optional<String> cue,
                        List<ActorRef> about) {
    public QuoteAt {
      about = List.copyOf(about);
    }
  }

  /** One telling of a merged event: the evidence span in this article and the merged event it belongs to. */
  public record EventAt(long event, int start, int end, String evidence, String cameo, String label, int quadClass, double goldstein,
                        String status, Optional<String> date, Optional<String> location, ActorRef source, Optional<ActorRef> target,
                        int mentions) {}
}
