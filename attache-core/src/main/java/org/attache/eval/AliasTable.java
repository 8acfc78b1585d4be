package org.attache.eval;

import static org.attache.eval.PythonValues.get;
import static org.attache.eval.PythonValues.isNone;
import static org.attache.eval.PythonValues.items;
import static org.attache.eval.PythonValues.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The canonical names and aliases of one gold document's entities (score.py's {@code Names}), so
 * that a system may name an actor by any name the gold accepts. A folded name that two entities
 * share belongs to the first that lists it. Immutable once built.
 */
final class AliasTable {

  private final Map<String, String> canonicalByFolded = new HashMap<>();

  AliasTable(JsonNode goldDocument) {
    for (JsonNode entity : items(get(goldDocument, "entities"))) {
      JsonNode name = require(entity, "name");
      String canonical = Folding.fold(name);
      canonicalByFolded.putIfAbsent(canonical, canonical);
      JsonNode aliases = get(entity, "aliases", null);
      if (aliases != null && !aliases.isArray()) {
        throw new IllegalArgumentException("aliases of " + name + " are not a list: " + aliases);
      }
      if (aliases != null) {
        aliases.forEach(alias -> canonicalByFolded.putIfAbsent(Folding.fold(alias), canonical));
      }
    }
  }

  /** Returns the folded canonical name {@code name} stands for, or its own fold if none. */
  String canonical(JsonNode name) {
    String folded = Folding.fold(name);
    return canonicalByFolded.getOrDefault(folded, folded);
  }

  /** Returns true when both name the same entity, or both are None. */
  boolean same(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    return canonical(a).equals(canonical(b));
  }
}
