package org.attache.nlp.event;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Event;
import org.attache.model.EventStatus;
import org.attache.model.FuzzyDate;

/**
 * Decides when events coded from different articles are one real-world event, and combines them.
 * Two events are one when they share the CAMEO root, the source and the target (in either order
 * for consultations, root 04, since "A met B" and "B met A" tell one meeting), their dates are
 * compatible (one covers the other; or neither article dates the event and they were reported
 * within {@link #REPORT_WINDOW_DAYS} days of each other), their places are compatible (equal, or
 * one unknown), and they do not contradict (one happened while the other is denied). Reads events
 * only; stateless and thread-safe.
 */
public final class EventMerger {

  /** Undated events reported further apart than this are taken as different events. */
  public static final int REPORT_WINDOW_DAYS = 7;

  private static final String CONSULT = "04";

  /** Returns true when {@code a} and {@code b} tell of the same event. */
  public boolean sameEvent(Event a, Event b) {
    return a.root().equals(b.root()) && sameParticipants(a, b) && compatibleDates(a, b) && compatiblePlaces(a, b)
        && compatibleStatus(a.status(), b.status());
  }

  /**
   * Returns the combined account of {@code kept} and {@code other}, both telling one event: the
   * more precise date, the place either gives, the more specific CAMEO code. The evidence stays
   * {@code kept}'s, since a merged event keeps every telling as a mention.
   */
  public Event combine(Event kept, Event other) {
    Optional<FuzzyDate> date = narrower(kept.date(), other.date());
    Optional<String> place = kept.location().isPresent() ? kept.location() : other.location();
    String cameo = other.cameo().length() > kept.cameo().length() && other.cameo().startsWith(kept.cameo()) ? other.cameo() : kept.cameo();
    Optional<FuzzyDate> reported = earlier(kept.reported(), other.reported());
    return new Event(cameo, kept.source(), kept.target(), date, reported, place, kept.status(), kept.evidence(), kept.evidenceText(),
        kept.pattern());
  }

  /** Groups {@code events} into merged events, each event joining the first group it matches. */
  public List<MergedEvent> merge(List<Event> events) {
    List<Event> accounts = new ArrayList<>();
    List<List<Event>> tellings = new ArrayList<>();
    for (Event e : events) {
      int i = indexOfSame(accounts, e);
      if (i < 0) {
        accounts.add(e);
        tellings.add(new ArrayList<>(List.of(e)));
      } else {
        accounts.set(i, combine(accounts.get(i), e));
        tellings.get(i).add(e);
      }
    }
    List<MergedEvent> out = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      out.add(new MergedEvent(accounts.get(i), tellings.get(i)));
    }
    return out;
  }

  private int indexOfSame(List<Event> accounts, Event e) {
    for (int i = 0; i < accounts.size(); i++) {
      if (sameEvent(accounts.get(i), e)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameParticipants(Event a, Event b) {
    String as = a.source().id();
    String at = a.target().map(Actor::id).orElse("");
    String bs = b.source().id();
    String bt = b.target().map(Actor::id).orElse("");
    if (as.equals(bs) && at.equals(bt)) {
      return true;
    }
    return a.root().equals(CONSULT) && as.equals(bt) && at.equals(bs);
  }

  private static boolean compatibleDates(Event a, Event b) {
    if (a.date().isPresent() && b.date().isPresent()) {
      FuzzyDate x = a.date().get();
      FuzzyDate y = b.date().get();
      return x.covers(y) || y.covers(x);
    }
    if (a.date().isPresent() || b.date().isPresent()) {
      return false;
    }
    if (a.reported().isEmpty() || b.reported().isEmpty()) {
      return true;
    }
    long apart = ChronoUnit.DAYS.between(a.reported().get().firstDay(), b.reported().get().firstDay());
    return Math.abs(apart) <= REPORT_WINDOW_DAYS;
  }

  private static boolean compatiblePlaces(Event a, Event b) {
    if (a.location().isEmpty() || b.location().isEmpty()) {
      return true;
    }
    return a.location().get().strip().toLowerCase(Locale.ROOT).equals(b.location().get().strip().toLowerCase(Locale.ROOT));
  }

  private static boolean compatibleStatus(EventStatus a, EventStatus b) {
    return (a == EventStatus.NEGATED) == (b == EventStatus.NEGATED);
  }

  private static Optional<FuzzyDate> narrower(Optional<FuzzyDate> a, Optional<FuzzyDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isPresent() ? a : b;
    }
    return a.get().covers(b.get()) ? b : a;
  }

  private static Optional<FuzzyDate> earlier(Optional<FuzzyDate> a, Optional<FuzzyDate> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isPresent() ? a : b;
    }
    return b.get().firstDay().isBefore(a.get().firstDay()) ? b : a;
  }
}
