package org.attache.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.SqlResult;
import org.attache.store.StoreException;
import org.duckdb.DuckDBConnection;

/**
 * Runs a user's SQL on a connection that can neither write the database (DuckDB's read-only mode)
 * nor touch other files (external access off, so no COPY, ATTACH or read_csv), so that
 * {@code attache sql} is safe to hand to anyone who may read the store.
 */
public final class ReadOnlySql {

  private ReadOnlySql() {}

  public static SqlResult run(Path dir, String sql, int maxRows) {
    if (!Files.isRegularFile(dir.resolve(Store.DATABASE))) {
      throw new StoreException("no store at " + dir + " (no " + Store.DATABASE + ")");
    }
    try (DuckDBConnection c = Store.connect(dir, true, false); Statement s = c.createStatement()) {
      Schema.prepare(c, dir.resolve(Store.DATABASE), false);
      if (!s.execute(sql)) {
        return new SqlResult(List.of("updated"), List.of(List.of(s.getUpdateCount())), false);
      }
      try (ResultSet r = s.getResultSet()) {
        ResultSetMetaData md = r.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          cols.add(md.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (r.next()) {
          if (rows.size() == maxRows) {
            truncated = true;
            break;
          }
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= cols.size(); i++) {
            Object v = r.getObject(i);
            row.add(v == null || v instanceof Number || v instanceof Boolean || v instanceof String ? v : v.toString());
          }
          rows.add(row);
        }
        return new SqlResult(cols, rows, truncated);
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("sql: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
