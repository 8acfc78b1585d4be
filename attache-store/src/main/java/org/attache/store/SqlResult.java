package org.attache.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The rows of a read-only SQL query, each value as JDBC returned it (null kept). */
public record SqlResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

  public SqlResult {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
    rows = Collections.unmodifiableList(copy);
  }
}
