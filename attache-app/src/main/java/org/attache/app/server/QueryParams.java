package org.attache.app.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.attache.store.DateRange;

/**
 * The validated query string of one request. Built with the names an endpoint takes, it refuses
 * an unknown or repeated name, an over-long value, a malformed date or number, and a page size
 * over the limit, each with a 400 whose message names the parameter, so that a typo in a link is
 * an answer, not a silently ignored filter.
 */
final class QueryParams {

  private static final int MAX_VALUE = 500;
  private static final Set<String> PAGING = Set.of("offset", "limit");

  private final Map<String, List<String>> raw;

  private QueryParams(Map<String, List<String>> raw) {
    this.raw = raw;
  }

  /** Reads the query of {@code ctx}, allowing {@code names} and, when {@code paged}, offset and limit. */
  static QueryParams of(Context ctx, boolean paged, String... names) {
    Set<String> allowed = new TreeSet<>(List.of(names));
    if (paged) {
      allowed.addAll(PAGING);
    }
    Map<String, List<String>> raw = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiException.badRequest("unknown query parameter '" + e.getKey() + "'" + (allowed.isEmpty() ? "; this endpoint takes none"
            : "; this endpoint takes " + String.join(", ", allowed)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest("query parameter '" + e.getKey() + "' given " + e.getValue().size() + " times; give it once");
      }
      if (e.getValue().get(0).length() > MAX_VALUE) {
        throw ApiException.badRequest("query parameter '" + e.getKey() + "' is longer than " + MAX_VALUE + " characters");
      }
    }
    return new QueryParams(raw);
  }

  /** Returns the value of {@code name}, absent when missing or blank. */
  Optional<String> text(String name) {
    List<String> v = raw.get(name);
    return v == null || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
  }

  String required(String name) {
    return text(name).orElseThrow(() -> ApiException.badRequest("query parameter '" + name + "' is required"));
  }

  /** Reads {@code from} and {@code to} as {@code YYYY[-MM[-DD]]}. */
  DateRange dates() {
    String from = text("from").orElse(null);
    String to = text("to").orElse(null);
    check("from", from);
    check("to", to);
    return DateRange.parse(from, to);
  }

  PageRequest page() {
    return new PageRequest(integer("offset", 0), integer("limit", PageRequest.DEFAULT_LIMIT));
  }

  boolean flag(String name) {
    Optional<String> v = text(name);
    if (v.isEmpty() || v.get().equals("false")) {
      return false;
    }
    if (v.get().equals("true")) {
      return true;
    }
    throw ApiException.badRequest("query parameter '" + name + "' must be true or false: " + v.get());
  }

  /** Returns the value of {@code name} in upper case when it is one of {@code values} (case ignored). */
  Optional<String> oneOf(String name, List<String> values) {
    Optional<String> v = text(name).map(s -> s.toUpperCase(Locale.ROOT));
    if (v.isPresent() && !values.contains(v.get())) {
      throw ApiException.badRequest("query parameter '" + name + "' must be one of " + String.join(", ", values).toLowerCase(Locale.ROOT)
          + ": " + text(name).orElseThrow());
    }
    return v;
  }

  private int integer(String name, int otherwise) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return otherwise;
    }
    if (!v.get().matches("[0-9]{1,9}")) {
      throw ApiException.badRequest("query parameter '" + name + "' must be a whole number: " + v.get());
    }
    return Integer.parseInt(v.get());
  }

  private static void check(String name, String date) {
    if (date != null && !date.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
      throw ApiException.badRequest("query parameter '" + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD: " + date);
    }
    try {
      if (date != null) {
        DateRange.parse(date, null);
      }
    } catch (RuntimeException e) {
      throw ApiException.badRequest("query parameter '" + name + "' is not a date: " + date);
    }
  }
}
