package org.attache.store.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attache.store.DateRange;

/** A WHERE clause built from optional conditions, each with its bound parameters in order; never concatenates a value. */
final class Filter {

  private final StringBuilder where = new StringBuilder(" WHERE true");
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code AND condition}, binding {@code values} to its marks. */
  Filter and(String condition, Object... values) {
    where.append(" AND ").append(condition);
    Collections.addAll(params, values);
    return this;
  }

  /** Adds {@code column IN (ids)} (matching nothing when {@code ids} is empty) for each of {@code columns}, ORed. */
  Filter anyIn(List<String> ids, String... columns) {
    List<String> parts = new ArrayList<>();
    for (String column : columns) {
      parts.add(column + " IN (" + Sql.marks(ids.size()) + ")");
      params.addAll(Sql.orNone(ids));
    }
    where.append(" AND (").append(String.join(" OR ", parts)).append(')');
    return this;
  }

  /** Keeps rows whose day span {@code [first, last]} overlaps the range (pass one column twice for a single day). */
  Filter overlaps(DateRange range, String first, String last) {
    range.from().ifPresent(d -> and(last + " >= ?", d));
    range.to().ifPresent(d -> and(first + " <= ?", d));
    return this;
  }

  String sql() {
    return where.toString();
  }

  /** Returns the parameters followed by {@code tail} (a LIMIT and OFFSET, say). */
  List<Object> params(Object... tail) {
    List<Object> out = new ArrayList<>(params);
    Collections.addAll(out, tail);
    return out;
  }
}
