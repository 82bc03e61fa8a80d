package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.Edge;
import io.vnetlint.cli.graph.Topology.Node;
import io.vnetlint.cli.graph.Topology.Reach;
import io.vnetlint.cli.output.JsonTree;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The topology as JSON (version 1; fields are only ever added), for scripts and other renderers. */
final class JsonGraphRenderer {

  void render(Topology t, Writer out) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    List<Object> nodes = new ArrayList<>();
    for (Node n : t.nodes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", n.id());
      m.put("kind", n.kind().jsonName());
      m.put("name", n.name());
      m.put("group", n.group());
      m.put("details", n.details());
      m.put("severity", n.severity().jsonName());
      m.put("findings", n.findings());
      nodes.add(m);
    }
    root.put("nodes", nodes);
    List<Object> edges = new ArrayList<>();
    for (Edge e : t.edges()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", e.from());
      m.put("to", e.to());
      m.put("kind", e.kind().jsonName());
      m.put("name", e.name());
      m.put("details", e.details());
      m.put("severity", e.severity().jsonName());
      m.put("findings", e.findings());
      edges.add(m);
    }
    root.put("edges", edges);
    List<Object> reach = new ArrayList<>();
    for (Reach r : t.reachability()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", r.from());
      m.put("to", r.to());
      m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      m.put("via", r.via());
      m.put("reasons", r.reasons());
      m.put("errorFindings", r.errorFindings());
      reach.add(m);
    }
    root.put("reachability", reach);
    JsonTree.write(root, out);
    out.flush();
  }
}
