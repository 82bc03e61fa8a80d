package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.Node;
import io.vnetlint.cli.graph.Topology.NodeKind;
import java.util.ArrayList;
import java.util.List;

/** The text lines of a node's label, the same in every format. */
final class Labels {
  private Labels() {}

  /** Name, kind (unless the details already say it) and details; findings last. */
  static List<String> nodeLines(Node n) {
    List<String> lines = new ArrayList<>();
    lines.add(n.name());
    if (n.kind() != NodeKind.EXTERNAL && n.kind() != NodeKind.GATEWAY) {
      lines.add(n.kind().noun());
    }
    lines.addAll(n.details());
    if (!n.findings().isEmpty()) {
      lines.add("findings: " + String.join(", ", n.findings()));
    }
    return lines;
  }

  static List<String> edgeLines(Topology.Edge e) {
    List<String> lines = new ArrayList<>();
    if (!e.name().isEmpty()) {
      lines.add(e.name());
    }
    lines.addAll(e.details());
    if (!e.findings().isEmpty()) {
      lines.add("findings: " + String.join(", ", e.findings()));
    }
    return lines;
  }
}
