package org.attache.eval;

import static org.attache.eval.PythonValues.EMPTY_TEXT;
import static org.attache.eval.PythonValues.equal;
import static org.attache.eval.PythonValues.get;
import static org.attache.eval.PythonValues.isNone;
import static org.attache.eval.PythonValues.items;
import static org.attache.eval.PythonValues.prefix;
import static org.attache.eval.PythonValues.require;
import static org.attache.eval.PythonValues.startsWith;
import static org.attache.eval.PythonValues.str;
import static org.attache.eval.PythonValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores system documents against gold documents with the rules of {@code shared/gold/SCHEMA.md},
 * exactly as {@code shared/tools/score.py} applies them, so `attache eval` and the reference
 * scorer always agree. Items are matched one to one, greedily: each gold item, in order, takes the
 * first system item not yet taken that it accepts. Reads the JSON it is given and changes nothing;
 * stateless and thread-safe.
 */
public final class GoldScorer {

  /** What a document the system lacks counts as: one with nothing found. */
  static final JsonNode NO_DOCUMENT = JsonNodeFactory.instance.objectNode();

  /** Scores every gold document; a document the system lacks counts as one with nothing found. */
  public Score score(Map<String, JsonNode> gold, Map<String, JsonNode> system) {
    return score(gold, system, Set.of());
  }

  /**
   * Scores the gold documents named in {@code onlyDocs} (all of them when it is null or empty),
   * in the iteration order of {@code gold}; a document the system lacks counts as empty.
   */
  public Score score(
      Map<String, JsonNode> gold, Map<String, JsonNode> system, Set<String> onlyDocs) {
    Map<String, Map<Facet, Counts>> perDocument = new LinkedHashMap<>();
    Map<Facet, Counts> total = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      total.put(facet, Counts.ZERO);
    }
    for (Map.Entry<String, JsonNode> doc : gold.entrySet()) {
      if (onlyDocs != null && !onlyDocs.isEmpty() && !onlyDocs.contains(doc.getKey())) {
        continue;
      }
      JsonNode found = system.get(doc.getKey());
      Map<Facet, Counts> counts =
          scoreDocument(doc.getValue(), found == null ? NO_DOCUMENT : found);
      perDocument.put(doc.getKey(), counts);
      counts.forEach((facet, c) -> total.merge(facet, c, Counts::plus));
    }
    return new Score(total, perDocument);
  }

  private static Map<Facet, Counts> scoreDocument(JsonNode gold, JsonNode system) {
    AliasTable names = new AliasTable(gold);
    Map<Facet, Counts> counts = new EnumMap<>(Facet.class);
    counts.put(Facet.ENTITIES, entities(gold, system, names));
    List<JsonNode> gq = items(get(gold, "quotes"));
    List<JsonNode> sq = items(get(system, "quotes"));
    QuoteOverlap overlap = new QuoteOverlap();
    List<Pair> pairs = matchGreedy(gq, sq, (g, s) -> overlap.of(g, s) >= 0.5);
    counts.put(Facet.QUOTES, new Counts(pairs.size(), sq.size(), pairs.size(), gq.size()));
    int right = 0;
    for (Pair p : pairs) {
      if (names.same(get(gq.get(p.gold), "speaker"), get(sq.get(p.system), "speaker"))) {
        right++;
      }
    }
    counts.put(Facet.SPEAKERS, new Counts(right, sq.size(), right, gq.size()));
    List<JsonNode> gv = items(get(gold, "events"));
    List<JsonNode> sv = items(get(system, "events"));
    int found = matchGreedy(gv, sv, (g, s) -> sameEvent(g, s, names)).size();
    counts.put(Facet.EVENTS, new Counts(found, sv.size(), found, gv.size()));
    return counts;
  }

  private static Counts entities(JsonNode gold, JsonNode system, AliasTable names) {
    List<JsonNode> ge = items(get(gold, "entities"));
    List<JsonNode> se = items(get(system, "entities"));
    BiPredicate<JsonNode, JsonNode> same = (g, s) ->
        equal(get(g, "type"), get(s, "type"))
            && names.same(require(g, "name"), get(s, "name"));
    List<Pair> pairs = matchGreedy(ge, se, same);
    // a system entity that repeats an already matched gold entity is neither right nor wrong
    boolean[] matched = new boolean[se.size()];
    pairs.forEach(p -> matched[p.system] = true);
    int repeats = 0;
    for (int si = 0; si < se.size(); si++) {
      JsonNode s = se.get(si);
      if (!matched[si] && pairs.stream().anyMatch(p -> same.test(ge.get(p.gold), s))) {
        repeats++;
      }
    }
    return new Counts(pairs.size(), se.size() - repeats, pairs.size(), ge.size());
  }

  /**
   * Returns the share of a gold quote's tokens found in a system quote's text, each system token
   * used once. A gold quote gives its words as "text", or as "tokens_sha1" (the first 8 hex digits
   * of each token's SHA-1) where the words themselves may not be kept. score.py folds both texts
   * anew for every pair it tries; this folds each quote once, when first needed.
   */
  private static final class QuoteOverlap {
    private final Map<JsonNode, List<String>> goldTokens = new IdentityHashMap<>();
    private final Map<JsonNode, List<String>> systemTokens = new IdentityHashMap<>();
    private final Map<JsonNode, List<String>> systemHashes = new IdentityHashMap<>();

    double of(JsonNode goldQuote, JsonNode systemQuote) {
      List<String> system = systemTokens.computeIfAbsent(systemQuote, q -> {
        JsonNode text = get(q, "text", EMPTY_TEXT);
        return Folding.tokens(truthy(text) ? text : EMPTY_TEXT);
      });
      boolean hashed = get(goldQuote, "tokens_sha1", null) != null;
      if (hashed) {
        system = systemHashes.computeIfAbsent(systemQuote,
            q -> systemTokens.get(q).stream().map(GoldScorer::tokenHash).toList());
      }
      List<String> gold = goldTokens.computeIfAbsent(goldQuote, QuoteOverlap::goldTokens);
      if (gold.isEmpty()) {
        return 0.0;
      }
      Map<String, Integer> pool = new HashMap<>();
      system.forEach(t -> pool.merge(t, 1, Integer::sum));
      int hit = 0;
      for (String t : gold) {
        if (t != null && pool.getOrDefault(t, 0) > 0) {
          pool.merge(t, -1, Integer::sum);
          hit++;
        }
      }
      return (double) hit / gold.size();
    }

    private static List<String> goldTokens(JsonNode goldQuote) {
      JsonNode hashed = get(goldQuote, "tokens_sha1", null);
      if (hashed == null) {
        return Folding.tokens(get(goldQuote, "text", EMPTY_TEXT));
      }
      // a hash that is not a string never matches; score.py finds no such key in its pool either
      List<String> hashes = new ArrayList<>();
      items(hashed).forEach(t -> hashes.add(t.isTextual() ? t.textValue() : null));
      return hashes;
    }
  }

  /** Returns the first 8 hex digits of the SHA-1 of {@code token}'s UTF-8 bytes. */
  static String tokenHash(String token) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha1.digest(token.getBytes(StandardCharsets.UTF_8)), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-1", e);
    }
  }

  private static boolean sameEvent(JsonNode gold, JsonNode system, AliasTable names) {
    return root(gold).equals(root(system)) && sameActors(gold, system, names);
  }

  /** The CAMEO root (first two digits) of an event. */
  static String root(JsonNode event) {
    return prefix(str(get(event, "cameo", EMPTY_TEXT)), 2);
  }

  /** Whether a system event has the gold event's actors and a date that agrees, whatever its code. */
  static boolean sameActors(JsonNode gold, JsonNode system, AliasTable names) {
    String cameo = str(get(gold, "cameo", EMPTY_TEXT));
    if (!datesAgree(get(gold, "date"), get(system, "date"))) {
      return false;
    }
    JsonNode source = get(gold, "source");
    JsonNode target = get(gold, "target");
    JsonNode systemSource = get(system, "source");
    JsonNode systemTarget = get(system, "target");
    boolean direct = names.same(source, systemSource)
        && (isNone(target) || names.same(target, systemTarget));
    if (direct) {
      return true;
    }
    // a 04x consultation (meeting, call, visit) has no direction
    return startsWith(cameo, "04")
        && names.same(source, systemTarget)
        && names.same(target, systemSource);
  }

  /** Returns true unless both give a date and the system's does not begin with the gold's. */
  private static boolean datesAgree(JsonNode gold, JsonNode system) {
    if (!truthy(gold) || !truthy(system)) {
      return true;
    }
    return startsWith(str(system), str(gold));
  }

  private static List<Pair> matchGreedy(
      List<JsonNode> golds, List<JsonNode> systems, BiPredicate<JsonNode, JsonNode> accepts) {
    boolean[] used = new boolean[systems.size()];
    List<Pair> pairs = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      for (int si = 0; si < systems.size(); si++) {
        if (!used[si] && accepts.test(golds.get(gi), systems.get(si))) {
          used[si] = true;
          pairs.add(new Pair(gi, si));
          break;
        }
      }
    }
    return pairs;
  }

  private record Pair(int gold, int system) {}
}
