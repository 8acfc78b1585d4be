package org.attache.nlp.event;

import java.util.List;
import java.util.Objects;
import org.attache.model.Event;

/**
 * One real-world event as several articles tell it: {@code event} is the combined account (the
 * most precise date and the place any telling gives) and {@code mentions} the tellings, in the
 * order they were merged.
 */
public record MergedEvent(Event event, List<Event> mentions) {

  public MergedEvent {
    Objects.requireNonNull(event, "event");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a merged event needs at least one mention: " + event.cameo());
    }
  }
}
