package org.attache.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.store.DateRange;
import org.attache.store.Graph;

/** Builds the actor network of the events that happened within a range of days. */
final class Graphs {

  private Graphs() {}

  static Graph of(Connection c, DateRange dates) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE target_id IS NOT NULL AND status = 'HAPPENED'");
    List<Object> params = new ArrayList<>();
    dates.from().ifPresent(d -> {
      where.append(" AND day_last >= ?");
      params.add(d);
    });
    dates.to().ifPresent(d -> {
      where.append(" AND day_first <= ?");
      params.add(d);
    });
    List<Graph.Edge> edges = new ArrayList<>();
    String sql = "SELECT source_id, target_id, count(*) AS n, avg(goldstein) AS g FROM event_v" + where + " GROUP BY 1, 2 ORDER BY n DESC, 1, 2";
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        edges.add(new Graph.Edge(r.getString(1), r.getString(2), r.getInt(3), r.getDouble(4)));
      }
    }
    List<Graph.Node> nodes = new ArrayList<>();
    String nodeSql = "SELECT actor_id, name, type, country FROM actors WHERE actor_id IN (SELECT source_id FROM event_v" + where
        + " UNION SELECT target_id FROM event_v" + where + ") ORDER BY actor_id";
    List<Object> twice = new ArrayList<>(params);
    twice.addAll(params);
    try (PreparedStatement p = Sql.prepare(c, nodeSql, twice); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        nodes.add(new Graph.Node(r.getString(1), r.getString(2), r.getString(3), Optional.ofNullable(r.getString(4))));
      }
    }
    return new Graph(nodes, edges);
  }
}
