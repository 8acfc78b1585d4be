package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Small pieces of JDBC the store's statements share: IN-lists, parameter binding, nullable reads. */
final class Sql {

  private Sql() {}

  /** Returns {@code ?, ?, ?} for {@code n} parameters (at least one, so that an empty list matches nothing). */
  static String marks(int n) {
    return String.join(", ", Collections.nCopies(Math.max(1, n), "?"));
  }

  /** Prepares {@code sql} and binds {@code values} in order; a null value binds SQL NULL. */
  static PreparedStatement prepare(Connection c, String sql, List<?> values) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    int i = 1;
    for (Object v : values) {
      p.setObject(i++, v);
    }
    return p;
  }

  /** Binds {@code ids} or, when empty, one value no id has. */
  static List<Object> orNone(Collection<String> ids) {
    return ids.isEmpty() ? List.of("\u0000none") : List.copyOf(ids);
  }

  static Optional<String> text(java.sql.ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static Optional<LocalDate> day(java.sql.ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getObject(column, LocalDate.class));
  }
}
