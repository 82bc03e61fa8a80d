package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names for the reachability table: the resource name, with its deployment unit where names repeat. */
final class TableNames {
  private TableNames() {}

  static Map<String, String> of(Topology t) {
    Map<String, Integer> count = new HashMap<>();
    for (Node n : t.nodes()) {
      count.merge(n.name(), 1, Integer::sum);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Node n : t.nodes()) {
      boolean repeated = count.get(n.name()) > 1;
      String where = n.group().isEmpty() ? n.kind().noun() : n.group();
      names.put(n.id(), repeated ? n.name() + " (" + where + ")" : n.name());
    }
    return names;
  }
}
