package org.attache.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;
import org.attache.model.TextSpan;

/**
 * One event as one article tells it, in the plain fields Spark ships between executors (the
 * model's records hold {@code Optional}s, which are not serializable). Dates are ISO strings at
 * their own precision; {@code published} is the article's first day, or null.
 */
public record Telling(String doc, int ordinal, String month, String cameo, String sourceId, String targetId, String date, String reported,
    String location, String status, int start, int end, String evidence, String pattern, LocalDate published) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Returns the telling of {@code e}, the {@code ordinal}-th event of document {@code doc}. */
  public static Telling of(String doc, int ordinal, String month, Event e, LocalDate published) {
    return new Telling(doc, ordinal, month, e.cameo(), e.source().id(), e.target().map(Actor::id).orElse(null),
        e.date().map(FuzzyDate::iso).orElse(null), e.reported().map(FuzzyDate::iso).orElse(null), e.location().orElse(null),
        e.status().name(), e.evidence().start(), e.evidence().end(), e.evidenceText(), e.pattern(), published);
  }

  /**
   * Returns the event as the merge sees it: actors by id only, and an event no article dates
   * dated by its article's publication, as the store's linker does.
   */
  public Event event() {
    Optional<FuzzyDate> told = Optional.ofNullable(reported).map(FuzzyDate::parse);
    if (told.isEmpty() && published != null) {
      told = Optional.of(new FuzzyDate.Day(published));
    }
    return new Event(cameo, actor(sourceId), Optional.ofNullable(targetId).map(Telling::actor), Optional.ofNullable(date).map(FuzzyDate::parse),
        told, Optional.ofNullable(location), EventStatus.valueOf(status), new TextSpan(start, end), evidence, pattern);
  }

  private static Actor actor(String id) {
    return new Actor(id, id, EntityType.ORG, Optional.empty(), List.of());
  }
}
