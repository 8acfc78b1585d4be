package org.attache.store;

import java.util.List;
import java.util.Optional;

/**
 * The actor network: actors as nodes, and for each ordered pair that interacted an edge with the
 * number of merged events and their mean Goldstein weight.
 */
public record Graph(List<Node> nodes, List<Edge> edges) {

  public Graph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** One actor in the network. */
  public record Node(String id, String name, String type, Optional<String> country) {}

  /** Events from {@code source} to {@code target}. */
  public record Edge(String source, String target, int events, double meanGoldstein) {}
}
