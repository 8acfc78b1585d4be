package org.attache.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.nlp.event.CameoTable;

/**
 * Writes events as GDELT 1.0-style tab-separated rows, with the columns Attaché can fill and, after
 * them, what GDELT lacks: the status, the precision of the date and where it came from (the text or
 * only the publication day), the evidence and its offsets. The same columns as the store's
 * {@code export --format gdelt}, plus those. Thread-safe.
 */
public final class GdeltWriter {

  public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name",
      "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode",
      "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
      "AttacheStatus", "AttacheDate", "AttacheDateSource", "AttacheDoc", "AttacheStart", "AttacheEnd", "AttacheEvidence", "SOURCEURL");

  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  private final CameoTable cameo;

  public GdeltWriter(CameoTable cameo) {
    this.cameo = cameo;
  }

  public String header() {
    return String.join("\t", COLUMNS);
  }

  /** Returns one row per event of {@code a}; events with neither a date nor a publication date are left out. */
  public List<String> rows(Analysis a) {
    List<String> out = new ArrayList<>();
    int n = 0;
    for (Event e : a.events()) {
      n++;
      Optional<FuzzyDate> when = e.date().or(e::reported);
      if (when.isPresent()) {
        out.add(row(a, e, n, when.get()));
      }
    }
    return out;
  }

  private String row(Analysis a, Event e, int n, FuzzyDate when) {
    var entry = cameo.lookup(e.cameo());
    String code = e.cameo().length() == 2 ? e.cameo() + "0" : e.cameo();
    List<String> f = new ArrayList<>();
    f.add(a.article().id() + "#" + n);
    f.add(when.firstDay().format(SQLDATE));
    f.add(when.firstDay().format(SQLDATE).substring(0, 6));
    f.add(Integer.toString(when.year()));
    actor(f, Optional.of(e.source()));
    actor(f, e.target());
    f.add("1");
    f.add(code);
    f.add(code.substring(0, 3));
    f.add(e.root());
    f.add(entry.map(c -> Integer.toString(c.quadClass())).orElse(""));
    f.add(entry.map(c -> String.format(Locale.ROOT, "%.1f", c.goldstein())).orElse(""));
    f.add("1");
    f.add("1");
    f.add("1");
    f.add(e.location().orElse(""));
    f.add(e.status().name().toLowerCase(Locale.ROOT));
    f.add(e.date().map(FuzzyDate::iso).orElse(""));
    f.add(e.date().isPresent() ? "text" : "reported");
    f.add(a.article().id());
    f.add(Integer.toString(e.evidence().start()));
    f.add(Integer.toString(e.evidence().end()));
    f.add(clean(e.evidenceText()));
    f.add(a.article().url().orElse(""));
    return String.join("\t", f);
  }

  private static void actor(List<String> f, Optional<Actor> actor) {
    String country = actor.flatMap(Actor::country).orElse("");
    boolean state = actor.map(a -> a.type() == EntityType.GPE && a.id().length() == 3).orElse(false);
    f.add(state ? actor.get().id().toUpperCase(Locale.ROOT) : country);
    f.add(actor.map(a -> clean(a.name())).orElse(""));
    f.add(country);
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
