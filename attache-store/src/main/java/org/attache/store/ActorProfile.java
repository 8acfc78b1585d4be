package org.attache.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the store knows of one actor: the roles articles gave it over time, the actors it dealt with
 * most, its events by CAMEO root, and its most recent quotes.
 */
public record ActorProfile(ActorRef actor, int documents, List<RoleSpan> roles, List<Partner> partners, List<EventCount> events,
                           List<StoredQuote> quotes) {

  public ActorProfile {
    roles = List.copyOf(roles);
    partners = List.copyOf(partners);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  /** A role seen in articles, from the first to the last article that gave it. */
  public record RoleSpan(String role, Optional<LocalDate> first, Optional<LocalDate> last, int articles) {}

  /** Another actor and the number of merged events between the two. */
  public record Partner(ActorRef actor, int events) {}

  /** The number of merged events of one CAMEO root this actor took part in. */
  public record EventCount(String root, String label, int events) {}
}
