package org.attache.jsonl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.Actor;
import org.attache.model.Analysis;
import org.attache.model.Article;
import org.attache.model.Entity;
import org.attache.model.EntityType;
import org.attache.model.Event;
import org.attache.model.FuzzyDate;
import org.attache.model.Mention;
import org.attache.model.Problem;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.attache.nlp.event.CameoTable;
import org.attache.nlp.event.PloverTable;

/**
 * Writes an {@link Analysis} in the contract's shape: {@code doc}, {@code title},
 * {@code published}, {@code entities}, {@code quotes}, {@code events}, plus {@code text},
 * {@code outlet}, {@code url} and offsets on every mention, quote and event; events also carry their
 * CAMEO label, Goldstein weight, quad class and PLOVER type and mode. Countries and places
 * carry no affiliation ({@code country} null), as the gold does. Thread-safe.
 */
public final class ContractWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CameoTable CAMEO = CameoTable.bundled();
  private static final PloverTable PLOVER = PloverTable.bundled();

  /** Returns the contract object of one analysis as a single JSON line. */
  public String line(Analysis a) {
    try {
      return JSON.writeValueAsString(toJson(a));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize analysis of " + a.article().id(), e);
    }
  }

  public ObjectNode toJson(Analysis a) {
    Article art = a.article();
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", art.id());
    o.put("title", art.title());
    o.put("published", art.published().map(FuzzyDate::iso).orElse(null));
    o.put("outlet", art.outlet().orElse(null));
    o.put("url", art.url().orElse(null));
    ArrayNode entities = o.putArray("entities");
    a.entities().forEach(e -> entities.add(entity(e)));
    ArrayNode quotes = o.putArray("quotes");
    a.quotes().forEach(q -> quotes.add(quote(q)));
    ArrayNode events = o.putArray("events");
    a.events().forEach(e -> events.add(event(e)));
    ArrayNode problems = o.putArray("problems");
    a.problems().forEach(p -> problems.add(problem(p)));
    ArrayNode removed = o.putArray("removed");
    art.removed().forEach(removed::add);
    o.put("text", art.text());
    return o;
  }

  private static ObjectNode entity(Entity e) {
    ObjectNode o = JSON.createObjectNode();
    Actor a = e.actor();
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("type", a.type().name());
    boolean place = a.type() == EntityType.GPE || a.type() == EntityType.LOC;
    o.put("country", place ? null : a.country().orElse(null));
    o.put("role", e.role().orElse(null));
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : e.mentions()) {
      ObjectNode mo = mentions.addObject();
      mo.put("text", m.text());
      span(mo, m.span());
    }
    return o;
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", q.text());
    o.put("speaker", q.speaker().map(Actor::name).orElse(null));
    o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
    span(o, q.span());
    optionalSpan(o, "cue", q.cue());
    optionalSpan(o, "speakerMention", q.speakerMention());
    ArrayNode about = o.putArray("about");
    q.about().forEach(a -> about.add(a.name()));
    return o;
  }

  private static ObjectNode event(Event e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("cameo", e.cameo());
    CAMEO.lookup(e.cameo()).ifPresent(c -> {
      o.put("label", c.label());
      o.put("goldstein", c.goldstein());
      o.put("quadClass", c.quadClass());
    });
    PLOVER.lookup(e.cameo()).ifPresent(p -> {
      o.put("plover", p.type());
      o.put("ploverMode", p.mode().orElse(null));
    });
    o.put("source", e.source().name());
    o.put("target", e.target().map(Actor::name).orElse(null));
    o.put("date", e.date().map(FuzzyDate::iso).orElse(null));
    o.put("reported", e.reported().map(FuzzyDate::iso).orElse(null));
    o.put("location", e.location().orElse(null));
    o.put("status", e.status().name().toLowerCase(Locale.ROOT));
    o.put("evidence", e.evidenceText());
    span(o, e.evidence());
    o.put("pattern", e.pattern());
    return o;
  }

  private static ObjectNode problem(Problem p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("stage", p.stage());
    o.put("message", p.message());
    return o;
  }

  private static void span(ObjectNode o, TextSpan s) {
    o.put("start", s.start());
    o.put("end", s.end());
  }

  private static void optionalSpan(ObjectNode o, String name, Optional<TextSpan> s) {
    if (s.isPresent()) {
      ObjectNode n = o.putObject(name);
      span(n, s.get());
    } else {
      o.putNull(name);
    }
  }
}
