package org.attache.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a {@link Graph} as GraphML, GEXF 1.3 or JSON (nodes and links, as d3 and sigma read it),
 * with each edge's event count as its weight and mean Goldstein as an attribute. Stateless.
 */
public final class GraphWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  public void write(Graph g, GraphFormat format, Writer out) throws IOException {
    switch (format) {
      case GRAPHML:
        graphml(g, out);
        break;
      case GEXF:
        gexf(g, out);
        break;
      case JSON:
        json(g, out);
        break;
      default:
        throw new IllegalArgumentException("unknown graph format: " + format);
    }
    out.flush();
  }

  private static void graphml(Graph g, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    w.write("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n");
    w.write("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
    w.write("  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n");
    w.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n");
    w.write("  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n");
    w.write("  <graph id=\"attache\" edgedefault=\"directed\">\n");
    for (Graph.Node n : g.nodes()) {
      w.write("    <node id=\"" + xml(n.id()) + "\"><data key=\"name\">" + xml(n.name()) + "</data><data key=\"type\">" + xml(n.type())
          + "</data><data key=\"country\">" + xml(n.country().orElse("")) + "</data></node>\n");
    }
    int i = 0;
    for (Graph.Edge e : g.edges()) {
      w.write("    <edge id=\"e" + i++ + "\" source=\"" + xml(e.source()) + "\" target=\"" + xml(e.target()) + "\"><data key=\"weight\">"
          + e.events() + "</data><data key=\"goldstein\">" + num(e.meanGoldstein()) + "</data></edge>\n");
    }
    w.write("  </graph>\n</graphml>\n");
  }

  private static void gexf(Graph g, Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
    w.write("  <graph defaultedgetype=\"directed\">\n");
    w.write("    <attributes class=\"node\"><attribute id=\"0\" title=\"type\" type=\"string\"/>"
        + "<attribute id=\"1\" title=\"country\" type=\"string\"/></attributes>\n");
    w.write("    <attributes class=\"edge\"><attribute id=\"0\" title=\"goldstein\" type=\"double\"/></attributes>\n    <nodes>\n");
    for (Graph.Node n : g.nodes()) {
      w.write("      <node id=\"" + xml(n.id()) + "\" label=\"" + xml(n.name()) + "\"><attvalues><attvalue for=\"0\" value=\"" + xml(n.type())
          + "\"/><attvalue for=\"1\" value=\"" + xml(n.country().orElse("")) + "\"/></attvalues></node>\n");
    }
    w.write("    </nodes>\n    <edges>\n");
    int i = 0;
    for (Graph.Edge e : g.edges()) {
      w.write("      <edge id=\"" + i++ + "\" source=\"" + xml(e.source()) + "\" target=\"" + xml(e.target()) + "\" weight=\"" + e.events()
          + "\"><attvalues><attvalue for=\"0\" value=\"" + num(e.meanGoldstein()) + "\"/></attvalues></edge>\n");
    }
    w.write("    </edges>\n  </graph>\n</gexf>\n");
  }

  private static void json(Graph g, Writer w) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode nodes = root.putArray("nodes");
    for (Graph.Node n : g.nodes()) {
      nodes.addObject().put("id", n.id()).put("name", n.name()).put("type", n.type()).put("country", n.country().orElse(null));
    }
    ArrayNode links = root.putArray("links");
    for (Graph.Edge e : g.edges()) {
      links.addObject().put("source", e.source()).put("target", e.target()).put("events", e.events()).put("goldstein", e.meanGoldstein());
    }
    w.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    w.write('\n');
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
            b.append(ch);
          }
      }
    }
    return b.toString();
  }
}
