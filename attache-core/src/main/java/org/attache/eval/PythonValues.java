package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Returns what score.py's Python makes of a JSON value: its {@code str()}, truthiness, equality,
 * iteration and {@code dict.get} ({@link PythonRepr} gives its {@code repr()}). The contract says
 * names are strings, but a system may write a number, a list or null where a string belongs, and
 * the scorer must still give the reference numbers; these rules are the ones Python applies after
 * {@code json.load}. Where Python itself would raise, these methods throw {@link
 * IllegalArgumentException}. Stateless and thread-safe.
 */
final class PythonValues {

  /** The empty string, score.py's default for a missing "cameo" or "text". */
  static final JsonNode EMPTY_TEXT = TextNode.valueOf("");

  private PythonValues() {}

  /** Returns {@code obj.get(key)}: the value, or None (a {@link NullNode}) when absent. */
  static JsonNode get(JsonNode obj, String key) {
    return get(obj, key, NullNode.getInstance());
  }

  /** Returns {@code obj.get(key, fallback)}; null and absent differ here, as in Python. */
  static JsonNode get(JsonNode obj, String key, JsonNode fallback) {
    JsonNode value = object(obj, key).get(key);
    return value == null ? fallback : value;
  }

  /** Returns {@code obj[key]}, which Python refuses when the key is absent. */
  static JsonNode require(JsonNode obj, String key) {
    JsonNode value = object(obj, key).get(key);
    if (value == null) {
      throw new IllegalArgumentException("no \"" + key + "\" in " + obj);
    }
    return value;
  }

  /** Returns true for Python's None: JSON null, or no value at all. */
  static boolean isNone(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }

  /** Returns Python's truth value: false for None, false, 0, 0.0, "", [] and {}. */
  static boolean truthy(JsonNode value) {
    if (isNone(value)) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().signum() != 0;
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0.0; // NaN is true in Python too
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return value.size() > 0;
  }

  /**
   * Returns the items {@code for x in (value or [])} visits: a list's elements, an object's keys,
   * a string's characters (code points, so {@code len} agrees), nothing for a false value.
   */
  static List<JsonNode> items(JsonNode value) {
    if (!truthy(value)) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    if (value.isArray()) {
      value.elements().forEachRemaining(out::add);
    } else if (value.isObject()) {
      value.fieldNames().forEachRemaining(name -> out.add(TextNode.valueOf(name)));
    } else if (value.isTextual()) {
      value.textValue().codePoints()
          .forEach(cp -> out.add(TextNode.valueOf(Character.toString(cp))));
    } else {
      throw new IllegalArgumentException("not a list: " + value);
    }
    return out;
  }

  /** Returns Python's {@code a == b} for two JSON values (so {@code 1 == 1.0 == true}). */
  static boolean equal(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    if (isNumeric(a) && isNumeric(b)) {
      return numbersEqual(a, b);
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        JsonNode other = b.get(field.getKey());
        if (other == null || !equal(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Returns Python's {@code str(value)}: a string itself, else its repr ("None", "True"). */
  static String str(JsonNode value) {
    return value.isTextual() ? value.textValue() : PythonRepr.repr(value);
  }

  /** Returns Python's {@code s[:n]}, counted in code points. */
  static String prefix(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** Returns Python's {@code s.startswith(p)}, which never splits a character in two. */
  static boolean startsWith(String s, String p) {
    if (!s.startsWith(p)) {
      return false;
    }
    int end = p.length();
    boolean splitsPair = end > 0 && end < s.length()
        && Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end));
    return !splitsPair;
  }

  private static boolean isNumeric(JsonNode value) {
    return value.isNumber() || value.isBoolean();
  }

  private static boolean numbersEqual(JsonNode a, JsonNode b) {
    BigDecimal x = exactValue(a);
    BigDecimal y = exactValue(b);
    if (x == null || y == null) { // NaN never equals; infinities equal only themselves
      return x == null && y == null && a.doubleValue() == b.doubleValue();
    }
    return x.compareTo(y) == 0;
  }

  private static BigDecimal exactValue(JsonNode number) {
    if (number.isBoolean()) {
      return number.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (number.isIntegralNumber()) {
      return new BigDecimal(number.bigIntegerValue());
    }
    double d = number.doubleValue();
    return Double.isFinite(d) ? new BigDecimal(d) : null;
  }

  private static JsonNode object(JsonNode obj, String key) {
    if (obj == null || !obj.isObject()) {
      throw new IllegalArgumentException("cannot read \"" + key + "\" of a non-object: " + obj);
    }
    return obj;
  }
}
