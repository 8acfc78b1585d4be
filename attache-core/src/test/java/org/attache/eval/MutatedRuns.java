package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes system runs from gold documents, the way a real system errs: items dropped, added,
 * repeated or reordered, names given by alias, in capitals or wrong, types changed, quotes cut
 * near half their words, speakers swapped, CAMEO codes and dates changed, events turned round.
 * The same seed always makes the same run.
 */
final class MutatedRuns {

  private static final List<String> TYPES = List.of("PERSON", "ORG", "GPE", "LOC");

  private MutatedRuns() {}

  /** Returns one system document for most gold documents, in shuffled order. */
  static List<JsonNode> of(Map<String, JsonNode> gold, Random r) {
    List<JsonNode> run = new ArrayList<>();
    for (JsonNode doc : gold.values()) {
      if (r.nextInt(10) > 0) {
        run.add(mutate(doc, r));
      }
    }
    Collections.shuffle(run, r);
    return run;
  }

  private static JsonNode mutate(JsonNode gold, Random r) {
    ObjectNode run = JsonNodeFactory.instance.objectNode().put("doc", gold.get("doc").textValue());
    List<JsonNode> entities = list(gold.get("entities"));
    ArrayNode names = JsonNodeFactory.instance.arrayNode();
    entities.forEach(e -> names.add(e.get("name")));
    ArrayNode es = run.putArray("entities");
    for (JsonNode e : entities) {
      if (r.nextInt(100) < 85) {
        ObjectNode copy = es.addObject().put("type", r.nextInt(100) < 85
            ? e.get("type").textValue() : TYPES.get(r.nextInt(TYPES.size())));
        copy.set("name", nameFor(e.get("name"), entities, r));
        if (r.nextInt(10) == 0) {
          es.add(copy.deepCopy().set("name", nameFor(e.get("name"), entities, r)));
        }
      }
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      es.addObject().put("name", "Nobody " + r.nextInt(5)).put("type", "PERSON");
    }
    shuffleSometimes(es, r);
    ArrayNode qs = run.putArray("quotes");
    List<JsonNode> quotes = list(gold.get("quotes"));
    for (JsonNode q : quotes) {
      if (r.nextInt(100) < 85) {
        ObjectNode copy = qs.addObject().put("text", cut(q.get("text").textValue(), r));
        copy.set("speaker", r.nextInt(100) < 70
            ? nameFor(q.get("speaker"), entities, r) : names.get(r.nextInt(names.size())));
      }
    }
    if (!quotes.isEmpty() && r.nextBoolean()) { // a stray quote that overlaps a gold one
      String text = quotes.get(r.nextInt(quotes.size())).get("text").textValue();
      qs.addObject().put("text", cut(text, r));
    }
    shuffleSometimes(qs, r);
    ArrayNode vs = run.putArray("events");
    for (JsonNode v : list(gold.get("events"))) {
      if (r.nextInt(100) < 85) {
        vs.add(mutateEvent(v, entities, r));
      }
    }
    shuffleSometimes(vs, r);
    return run;
  }

  private static ObjectNode mutateEvent(JsonNode gold, List<JsonNode> entities, Random r) {
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    String cameo = gold.get("cameo").textValue();
    switch (r.nextInt(10)) {
      case 0 -> v.put("cameo", cameo.substring(0, 2) + r.nextInt(10));
      case 1 -> v.put("cameo", String.format(Locale.ROOT, "%03d", r.nextInt(200)));
      case 2 -> v.put("cameo", Integer.parseInt(cameo));
      default -> v.put("cameo", cameo);
    }
    JsonNode source = nameFor(gold.get("source"), entities, r);
    JsonNode target = r.nextInt(10) == 0 ? null : nameFor(gold.get("target"), entities, r);
    boolean swap = r.nextInt(5) == 0;
    v.set("source", swap ? target : source);
    v.set("target", swap ? source : target);
    JsonNode date = gold.get("date");
    String d = date == null || date.isNull() ? "2020-01-15" : date.textValue();
    switch (r.nextInt(10)) {
      case 0 -> v.putNull("date");
      case 1 -> v.put("date", d.substring(0, Math.min(d.length(), 7)));
      case 2 -> v.put("date", d.substring(0, 4));
      case 3 -> v.put("date", d.length() == 7 ? d + "-0" + (1 + r.nextInt(9)) : d + "-02");
      case 4 -> v.put("date", "2001-01-01");
      default -> v.set("date", date);
    }
    return v;
  }

  // the gold name, an alias of its entity, the name in other case and accents, or another name
  private static JsonNode nameFor(JsonNode name, List<JsonNode> entities, Random r) {
    if (name == null || name.isNull()) {
      return r.nextInt(4) == 0 ? TextNode.valueOf("Someone") : name;
    }
    String text = name.textValue();
    int roll = r.nextInt(20);
    if (roll < 4) {
      for (JsonNode e : entities) {
        List<JsonNode> aliases = list(e.get("aliases"));
        if (e.get("name").textValue().equals(text) && !aliases.isEmpty()) {
          return aliases.get(r.nextInt(aliases.size()));
        }
      }
    } else if (roll < 6) {
      return TextNode.valueOf(text.toUpperCase(Locale.ROOT).replace('E', 'É'));
    } else if (roll < 7) {
      return TextNode.valueOf(text.split(" ")[0]);
    } else if (roll < 8) {
      return TextNode.valueOf(text + " Jr");
    }
    return name;
  }

  // a window of the words, now and then with words added: overlaps near one half matter most
  private static String cut(String text, Random r) {
    String[] words = text.split(" ");
    int keep = Math.max(1, (int) Math.round(words.length * (0.25 + 0.75 * r.nextDouble())));
    int from = r.nextInt(words.length - keep + 1);
    String window = String.join(" ", List.of(words).subList(from, from + keep));
    return r.nextInt(5) == 0 ? "He said: " + window + ", and more" : window;
  }

  private static void shuffleSometimes(ArrayNode array, Random r) {
    if (r.nextInt(3) == 0) {
      List<JsonNode> items = list(array);
      Collections.shuffle(items, r);
      array.removeAll();
      array.addAll(items);
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    if (array != null) {
      array.forEach(items::add);
    }
    return items;
  }
}
