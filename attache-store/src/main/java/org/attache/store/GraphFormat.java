package org.attache.store;

/** The graph file formats {@link GraphWriter} writes: GraphML and GEXF for Gephi and yEd, JSON for the web. */
public enum GraphFormat {
  GRAPHML,
  GEXF,
  JSON
}
