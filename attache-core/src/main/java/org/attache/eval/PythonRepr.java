package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Returns Python's {@code repr()} of the values {@code json.load} makes. score.py folds {@code
 * str(value)} of a name that is not a string, and {@code str} of a list or a float is built from
 * reprs, so their quotes, escapes and digits decide which words the fold keeps; {@code json.dumps}
 * writes its floats the same way. Stateless and thread-safe.
 */
final class PythonRepr {

  private static final RoundingMode[] NEAREST_FIRST = {
    RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING
  };

  private PythonRepr() {}

  /** Returns Python's {@code repr(value)} for a value {@code json.load} can produce. */
  static String repr(JsonNode value) {
    if (PythonValues.isNone(value)) {
      return "None";
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "True" : "False";
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return reprFloat(value.doubleValue());
    }
    if (value.isTextual()) {
      return reprString(value.textValue());
    }
    if (value.isArray()) {
      StringJoiner elements = new StringJoiner(", ", "[", "]");
      value.forEach(element -> elements.add(repr(element)));
      return elements.toString();
    }
    StringJoiner fields = new StringJoiner(", ", "{", "}");
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      fields.add(reprString(field.getKey()) + ": " + repr(field.getValue()));
    }
    return fields.toString();
  }

  /** Returns Python's {@code repr(s)}: quoted, with non-printable characters escaped. */
  static String reprString(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        b.append(String.format(Locale.ROOT, "\\x%02x", cp));
      } else if (cp < 0x7f || isPrintable(cp)) {
        b.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        b.append(String.format(Locale.ROOT, "\\x%02x", cp));
      } else if (cp <= 0xffff) {
        b.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        b.append(String.format(Locale.ROOT, "\\U%08x", cp));
      }
    });
    return b.append(quote).toString();
  }

  /**
   * Returns Python's {@code repr(d)}: the shortest digits that read back as {@code d} (the nearest
   * such when several), fixed notation for exponents -4 to 15, scientific ("1e+16") outside.
   */
  static String reprFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
    if (d == 0.0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortestDigits(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int n = digits.length();
    int point = n - shortest.scale(); // the value is 0.<digits> times 10^point
    if (point <= -4 || point > 16) {
      String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exp = point - 1;
      String exponent = String.format(Locale.ROOT, "e%s%02d", exp < 0 ? "-" : "+", Math.abs(exp));
      return sign + mantissa + exponent;
    }
    if (point <= 0) {
      return sign + "0." + "0".repeat(-point) + digits;
    }
    if (point < n) {
      return sign + digits.substring(0, point) + "." + digits.substring(point);
    }
    return sign + digits + "0".repeat(point - n) + ".0";
  }

  // The nearest candidate of a length reads back whenever any does, except beside a power of two,
  // where the gap below is half the gap above; FLOOR and CEILING cover that case.
  private static BigDecimal shortestDigits(double positive) {
    BigDecimal exact = new BigDecimal(positive);
    for (int precision = 1; ; precision++) { // 17 digits always read back
      for (RoundingMode mode : NEAREST_FIRST) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (Double.parseDouble(candidate.toString()) == positive) {
          return candidate.stripTrailingZeros();
        }
      }
    }
  }

  private static boolean isPrintable(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
