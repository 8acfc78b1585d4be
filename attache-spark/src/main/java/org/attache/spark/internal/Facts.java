package org.attache.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What the job keeps of one document: its rows for each per-document table (by table name, the
 * month last), the actors it names, and its event tellings for the merge across articles.
 */
public record Facts(Map<String, List<Row>> rows, List<Row> actors, List<Telling> tellings, boolean problem) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Facts {
    rows = Map.copyOf(rows);
    actors = List.copyOf(actors);
    tellings = List.copyOf(tellings);
  }

  /** Returns this document's rows of {@code table}; none for a table it has nothing in. */
  public List<Row> of(String table) {
    return rows.getOrDefault(table, List.of());
  }
}
