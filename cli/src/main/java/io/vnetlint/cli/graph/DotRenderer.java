package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.Edge;
import io.vnetlint.cli.graph.Topology.Node;
import io.vnetlint.cli.graph.Topology.Reach;
import io.vnetlint.cli.graph.Topology.Severity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT. Ids are the topology's safe ids, always quoted; labels are quoted strings with backslashes and
 * quotes escaped, and everything outside printable ASCII written as an HTML entity, which Graphviz decodes. The
 * reachability table follows as comments.
 */
final class DotRenderer {

  void render(Topology t, PrintWriter out) {
    out.println("// vnetlint graph: red = error findings, amber = warnings; see docs/topology.md");
    out.println("digraph vnetlint {");
    out.println("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, nodesep=0.4, ranksep=0.9];");
    out.println("  node [fontname=\"Helvetica\", fontsize=10, style=\"rounded,filled\", fillcolor=\"#ffffff\","
        + " color=\"#455a64\"];");
    out.println("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#455a64\"];");
    Map<String, List<Node>> groups = new LinkedHashMap<>();
    for (Node n : t.nodes()) {
      groups.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n);
    }
    int groupNumber = 0;
    for (Map.Entry<String, List<Node>> g : groups.entrySet()) {
      String indent = "  ";
      if (!g.getKey().isEmpty()) {
        groupNumber++;
        out.println("  subgraph \"cluster_" + groupNumber + "\" {");
        out.println("    label=\"" + escape(g.getKey()) + "\"; style=\"dashed\"; color=\"#90a4ae\";");
        indent = "    ";
      }
      for (Node n : g.getValue()) {
        out.println(indent + "\"" + n.id() + "\" [" + nodeAttributes(n) + "];");
      }
      if (!g.getKey().isEmpty()) {
        out.println("  }");
      }
    }
    for (Edge e : t.edges()) {
      List<String> attrs = new ArrayList<>();
      List<String> lines = Labels.edgeLines(e);
      if (!lines.isEmpty()) {
        attrs.add("label=\"" + joinEscaped(lines) + "\"");
      }
      switch (e.kind()) {
        case PEERING -> { }
        case CONNECTION -> attrs.add("penwidth=2.5");
        case GATEWAY_IN_NETWORK -> attrs.add("style=dashed, arrowhead=none");
      }
      if (e.severity() != Severity.NONE) {
        String colour = colour(e.severity());
        attrs.add("color=\"" + colour + "\", fontcolor=\"" + colour + "\"");
        if (e.kind() != Topology.EdgeKind.CONNECTION) {
          attrs.add("penwidth=2");
        }
      }
      out.println("  \"" + e.from() + "\" -> \"" + e.to() + "\"" + (attrs.isEmpty() ? "" : " [" + String.join(", ",
          attrs) + "]") + ";");
    }
    out.println("}");
    Map<String, String> names = TableNames.of(t);
    if (!t.reachability().isEmpty()) {
      out.println("// Reachability (peering is not transitive; see docs/topology.md):");
      for (Reach r : t.reachability()) {
        String line = names.get(r.from()) + " <-> " + names.get(r.to()) + ": " + r.status().text()
            + (r.via().isEmpty() ? "" : " through " + r.via())
            + (r.reasons().isEmpty() ? "" : "; " + String.join("; ", r.reasons()))
            + (r.errorFindings().isEmpty() ? "" : "; errors on the path: " + String.join(", ", r.errorFindings()));
        out.println("// " + line.replace('\n', ' ').replace('\r', ' '));
      }
    }
    out.flush();
  }

  private static String nodeAttributes(Node n) {
    List<String> attrs = new ArrayList<>();
    attrs.add("label=\"" + joinEscaped(Labels.nodeLines(n)) + "\"");
    attrs.add("shape=" + switch (n.kind()) {
      case VIRTUAL_NETWORK, CLASSIC_VIRTUAL_NETWORK, EXTERNAL -> "box";
      case GATEWAY -> "hexagon";
      case LOCAL_NETWORK_GATEWAY -> "house";
      case EXPRESSROUTE_CIRCUIT -> "octagon";
    });
    switch (n.severity()) {
      case ERROR -> attrs.add("color=\"" + colour(Severity.ERROR) + "\", fillcolor=\"#fdecea\", penwidth=2.5");
      case WARNING -> attrs.add("color=\"" + colour(Severity.WARNING) + "\", fillcolor=\"#fff4e0\", penwidth=2.5");
      case NONE -> {
        if (n.kind() == Topology.NodeKind.EXTERNAL) {
          attrs.add("style=\"rounded,dashed\", color=\"#9e9e9e\", fontcolor=\"#555555\"");
        }
      }
    }
    return String.join(", ", attrs);
  }

  private static String colour(Severity s) {
    return s == Severity.ERROR ? MermaidRenderer.ERROR_COLOUR : MermaidRenderer.WARNING_COLOUR;
  }

  private static String joinEscaped(List<String> lines) {
    List<String> escaped = new ArrayList<>();
    for (String l : lines) {
      escaped.add(escape(l));
    }
    return String.join("\\n", escaped);
  }

  /** Text inside a quoted DOT string: printable ASCII, with entities for the rest and spaces for controls. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '&' -> sb.append("&amp;");
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            sb.append(' ');
          } else if (cp > 0xffff) {
            // Graphviz 2.42 hands entities beyond the BMP to Pango as invalid UTF-8: the replacement character.
            sb.append("&#65533;");
          } else if (cp > 0x7e) {
            sb.append("&#").append(cp).append(';');
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.toString();
  }
}
