package org.attache.spark.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Entity;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.Problem;
import org.attache.model.Quote;

/**
 * Turns one analysis into its rows, filled as the store's batch writer fills its tables: the same
 * columns, the publication day on roles and quotes, the cue's words, actors with aliases joined
 * by {@code |}. Ids the store numbers in order (quotes) are here derived from the document and
 * the ordinal, so that every executor gives the same row the same id. Stateless and thread-safe.
 */
public final class DocumentRows {

  private DocumentRows() {}

  /** Returns the rows of {@code a}, stamped {@code ingestedAt}. */
  public static Facts of(Analysis a, LocalDateTime ingestedAt) {
    Article art = a.article();
    String month = month(art.published());
    LocalDate day = art.published().map(FuzzyDate::firstDay).orElse(null);
    Map<String, List<Row>> rows = new HashMap<>();
    Map<String, Row> actors = new HashMap<>();
    add(rows, "documents", null, art.id(), art.title(), art.text(), iso(art.published()), day, art.outlet().orElse(null),
        art.url().orElse(null), art.author().orElse(null), contentHash(art), null, ingestedAt, month);
    for (Entity e : a.entities()) {
      actor(actors, e.actor());
      add(rows, "roles", art.id(), e.actor().id(), e.role().orElse(null), day, e.mentions().size(), month);
      for (Mention m : e.mentions()) {
        add(rows, "mentions", art.id(), e.actor().id(), m.span().start(), m.span().end(), m.text(), m.type().name(), month);
      }
    }
    int ordinal = 0;
    for (Quote q : a.quotes()) {
      long id = StableIds.of(art.id(), "quote", ordinal);
      q.speaker().ifPresent(s -> actor(actors, s));
      String cue = q.cue().filter(s -> s.end() <= art.text().length()).map(s -> s.of(art.text())).orElse(null);
      add(rows, "quotes", id, art.id(), ordinal++, q.span().start(), q.span().end(), q.text(), q.kind().name(),
          q.speaker().map(Actor::id).orElse(null), cue, day, art.outlet().orElse(null), month);
      for (Actor about : q.about()) {
        actor(actors, about);
        add(rows, "quote_about", id, about.id(), month);
      }
    }
    List<Telling> tellings = new ArrayList<>();
    for (Event e : a.events()) {
      actor(actors, e.source());
      e.target().ifPresent(t -> actor(actors, t));
      tellings.add(Telling.of(art.id(), tellings.size(), month, e, day));
    }
    for (Problem p : a.problems()) {
      add(rows, "problems", art.id(), p.stage(), p.message(), month);
    }
    return new Facts(rows, List.copyOf(actors.values()), tellings, !a.problems().isEmpty());
  }

  /** Returns the partition month of a date: {@code YYYY-MM}, or {@link Tables#UNDATED}. */
  public static String month(Optional<FuzzyDate> date) {
    if (date.isEmpty() || date.get() instanceof FuzzyDate.YearOnly) {
      return Tables.UNDATED;
    }
    return date.get().iso().substring(0, 7);
  }

  private static void actor(Map<String, Row> actors, Actor a) {
    actors.computeIfAbsent(a.id(), id -> RowFactory.create(id, a.name(), a.type().name(), a.country().orElse(null),
        String.join("|", a.aliases())));
  }

  private static void add(Map<String, List<Row>> rows, String table, Object... values) {
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(RowFactory.create(values));
  }

  private static String iso(Optional<FuzzyDate> d) {
    return d.map(FuzzyDate::iso).orElse(null);
  }

  /** The store's content hash: SHA-256 over title, text, date, outlet and URL, each ended by a zero byte. */
  private static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<String> parts = List.of(a.title(), a.text(), iso(a.published()) == null ? "" : iso(a.published()), a.outlet().orElse(""),
          a.url().orElse(""));
      for (String part : parts) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
