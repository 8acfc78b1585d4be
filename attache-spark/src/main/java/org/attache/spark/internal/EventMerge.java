package org.attache.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.model.Actor;
import org.attache.model.CountrySide;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.nlp.event.EventMerger;

/**
 * Merges the same event across articles as a Spark aggregation: tellings are grouped by CAMEO root
 * and actor pair (unordered for consultations, 04x), the only tellings {@link EventMerger} can take
 * as one; inside a group, sorted by document and ordinal, each joins the first event it is the same
 * as, exactly as the store's linker merges, or starts a new one. An event's id, and the evidence
 * it is shown with, come from its first telling. Returns event rows and event-mention rows, month last.
 */
public final class EventMerge {

  private static final String CONSULT = "04";

  /** The rows of one merged event and of its mentions. */
  public record Merged(Row event, List<Row> mentions) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private EventMerge() {}

  /** Returns the merged events of {@code tellings}, one element per real-world event. */
  public static JavaRDD<Merged> merge(JavaRDD<Telling> tellings) {
    return tellings.keyBy(t -> key(t.event())).groupByKey().flatMap(g -> merge(g._2()).iterator());
  }

  /** Merges one group of tellings that share a root and an actor pair. */
  public static List<Merged> merge(Iterable<Telling> group) {
    List<Telling> sorted = new ArrayList<>();
    group.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Telling::doc).thenComparingInt(Telling::ordinal));
    EventMerger merger = new EventMerger();
    List<Event> accounts = new ArrayList<>();
    List<List<Telling>> members = new ArrayList<>();
    for (Telling t : sorted) {
      Event e = t.event();
      int hit = -1;
      for (int i = 0; i < accounts.size() && hit < 0; i++) {
        hit = merger.sameEvent(accounts.get(i), e) ? i : -1;
      }
      if (hit < 0) {
        accounts.add(e);
        members.add(new ArrayList<>(List.of(t)));
      } else {
        accounts.set(hit, merger.combine(accounts.get(hit), e));
        members.get(hit).add(t);
      }
    }
    List<Merged> out = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      out.add(rows(accounts.get(i), members.get(i)));
    }
    return out;
  }

  private static Merged rows(Event e, List<Telling> tellings) {
    Telling first = tellings.get(0);
    long id = StableIds.of(first.doc(), "event", first.ordinal());
    Optional<FuzzyDate> d = e.date().isPresent() ? e.date() : e.reported();
    LocalDate firstDay = d.map(FuzzyDate::firstDay).orElse(null);
    LocalDate lastDay = d.map(FuzzyDate::lastDay).orElse(null);
    String month = firstDay == null ? Tables.UNDATED : firstDay.toString().substring(0, 7);
    Row event = RowFactory.create(id, e.cameo(), e.root(), pairKey(e), e.source().id(), e.target().map(Actor::id).orElse(null),
        e.date().map(FuzzyDate::iso).orElse(null), e.reported().map(FuzzyDate::iso).orElse(null), firstDay, lastDay, e.location().orElse(null),
        e.status().name(), tellings.size(), CountrySide.of(e.source()).orElse(null), e.target().flatMap(CountrySide::of).orElse(null), first.evidence(),
        first.doc(), month);
    List<Row> mentions = new ArrayList<>();
    for (Telling t : tellings) {
      mentions.add(RowFactory.create(id, t.doc(), t.ordinal(), t.cameo(), t.date(), t.reported(), t.location(), t.status(), t.start(),
          t.end(), t.evidence(), t.pattern(), t.month()));
    }
    return new Merged(event, mentions);
  }

  /** Returns the grouping key: the root and the actor pair as the merge compares them. */
  static String key(Event e) {
    return e.root() + "|" + pairKey(e);
  }

  /** Returns the actor pair as the store writes it: {@code a~b} sorted for consultations, {@code a>b} otherwise. */
  static String pairKey(Event e) {
    String a = e.source().id();
    String b = e.target().map(Actor::id).orElse("");
    if (e.root().equals(CONSULT)) {
      return a.compareTo(b) > 0 ? b + "~" + a : a + "~" + b;
    }
    return a + ">" + b;
  }
}
