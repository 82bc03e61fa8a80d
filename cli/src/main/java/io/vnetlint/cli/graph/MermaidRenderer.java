package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.Edge;
import io.vnetlint.cli.graph.Topology.Node;
import io.vnetlint.cli.graph.Topology.NodeKind;
import io.vnetlint.cli.graph.Topology.Reach;
import io.vnetlint.cli.graph.Topology.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown document: the topology as a Mermaid flowchart (GitHub renders it) and the reachability table. Ids are
 * the topology's safe ids; every label is quoted and escaped with Mermaid's entity codes, so quotes, brackets,
 * pipes, HTML and non-ASCII names cannot break the diagram.
 */
final class MermaidRenderer {
  static final String ERROR_COLOUR = "#c62828";
  static final String WARNING_COLOUR = "#ef8f00";
  /** Mermaid's default maxTextSize: larger diagrams are refused ("Maximum text size in diagram exceeded"). */
  static final int MERMAID_MAX_TEXT = 50_000;

  /** Writes the document; returns the number of characters of the diagram itself, for the size warning. */
  int render(Topology t, PrintWriter out) {
    StringWriter diagram = new StringWriter();
    renderDiagram(t, new PrintWriter(diagram));
    out.println("<!-- vnetlint graph: red = error findings, amber = warnings; see docs/topology.md -->");
    out.println("```mermaid");
    out.print(diagram);
    out.println("```");
    out.println();
    renderReachability(t, out);
    out.flush();
    return diagram.toString().length();
  }

  private void renderDiagram(Topology t, PrintWriter out) {
    out.println("flowchart LR");
    out.println("  classDef error fill:#fdecea,stroke:" + ERROR_COLOUR + ",stroke-width:3px,color:#000");
    out.println("  classDef warning fill:#fff4e0,stroke:" + WARNING_COLOUR + ",stroke-width:3px,color:#000");
    out.println("  classDef external fill:#f5f5f5,stroke:#9e9e9e,stroke-dasharray:4 3,color:#555");
    Map<String, List<Node>> groups = new LinkedHashMap<>();
    for (Node n : t.nodes()) {
      groups.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n);
    }
    int groupNumber = 0;
    for (Map.Entry<String, List<Node>> g : groups.entrySet()) {
      String indent = "  ";
      if (!g.getKey().isEmpty()) {
        groupNumber++;
        out.println("  subgraph group_" + groupNumber + "[\"" + escape(g.getKey()) + "\"]");
        indent = "    ";
      }
      for (Node n : g.getValue()) {
        out.println(indent + n.id() + shape(n.kind(), label(n)));
      }
      if (!g.getKey().isEmpty()) {
        out.println("  end");
      }
    }
    List<String> linkStyles = new ArrayList<>();
    for (int i = 0; i < t.edges().size(); i++) {
      Edge e = t.edges().get(i);
      String arrow = switch (e.kind()) {
        case PEERING -> " -->";
        case CONNECTION -> " ==>";
        case GATEWAY_IN_NETWORK -> " -.-";
      };
      List<String> lines = Labels.edgeLines(e);
      String text = lines.isEmpty() ? "" : "|\"" + joinEscaped(lines) + "\"|";
      out.println("  " + e.from() + arrow + text + " " + e.to());
      if (e.severity() != Severity.NONE) {
        String colour = e.severity() == Severity.ERROR ? ERROR_COLOUR : WARNING_COLOUR;
        linkStyles.add("  linkStyle " + i + " stroke:" + colour + ",stroke-width:3px");
      }
    }
    linkStyles.forEach(out::println);
    classLine(out, t, Severity.ERROR, "error");
    classLine(out, t, Severity.WARNING, "warning");
    List<String> external = new ArrayList<>();
    for (Node n : t.nodes()) {
      if (n.kind() == NodeKind.EXTERNAL && n.severity() == Severity.NONE) {
        external.add(n.id());
      }
    }
    if (!external.isEmpty()) {
      out.println("  class " + String.join(",", external) + " external");
    }
    out.flush();
  }

  private static void classLine(PrintWriter out, Topology t, Severity severity, String className) {
    List<String> ids = new ArrayList<>();
    for (Node n : t.nodes()) {
      if (n.severity() == severity) {
        ids.add(n.id());
      }
    }
    if (!ids.isEmpty()) {
      out.println("  class " + String.join(",", ids) + " " + className);
    }
  }

  private static void renderReachability(Topology t, PrintWriter out) {
    out.println("### Reachability");
    out.println();
    if (t.reachability().isEmpty()) {
      out.println("No two networks or sites are linked in the scanned files.");
      return;
    }
    Map<String, String> names = TableNames.of(t);
    out.println("| From | To | Reachable | Through | Why | Errors on the path |");
    out.println("| --- | --- | --- | --- | --- | --- |");
    for (Reach r : t.reachability()) {
      out.println("| " + cell(names.get(r.from())) + " | " + cell(names.get(r.to())) + " | "
          + cell(r.status().text()) + " | " + cell(r.via()) + " | " + cell(String.join("; ", r.reasons())) + " | "
          + cell(String.join(", ", r.errorFindings())) + " |");
    }
    out.println();
    out.println("Peering is not transitive; gateway transit, BGP and unknown values as described in "
        + "[docs/topology.md](https://github.com/vnetlint/vnetlint/blob/main/docs/topology.md).");
  }

  /** A Markdown table cell: no pipes, no line breaks, no HTML. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("&", "&amp;").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\r", " ").replace("\n", " ");
  }

  private static String shape(NodeKind kind, String label) {
    return switch (kind) {
      case VIRTUAL_NETWORK, CLASSIC_VIRTUAL_NETWORK -> "[\"" + label + "\"]";
      case GATEWAY -> "{{\"" + label + "\"}}";
      case LOCAL_NETWORK_GATEWAY -> "[/\"" + label + "\"/]";
      case EXPRESSROUTE_CIRCUIT -> "([\"" + label + "\"])";
      case EXTERNAL -> "[\"" + label + "\"]";
    };
  }

  private static String label(Node n) {
    List<String> lines = Labels.nodeLines(n);
    return "<b>" + escape(lines.get(0)) + "</b><br/>" + joinEscaped(lines.subList(1, lines.size()));
  }

  private static String joinEscaped(List<String> lines) {
    List<String> escaped = new ArrayList<>();
    for (String l : lines) {
      escaped.add(escape(l));
    }
    return String.join("<br/>", escaped);
  }

  /**
   * Text inside a quoted Mermaid label: quotes, markup, pipes, backticks and everything outside printable ASCII
   * become entity codes ({@code #quot;}, {@code #35;}, {@code #183;}).
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("#quot;");
        case '#' -> sb.append("#35;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '&' -> sb.append("#amp;");
        case '|', '`', '\\', '[', ']', '{', '}' -> sb.append('#').append(cp).append(';');
        default -> {
          if (cp < 0x20 || cp == 0x7f) {
            sb.append(' ');
          } else if (cp > 0x7e) {
            sb.append('#').append(cp).append(';');
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.toString();
  }
}
