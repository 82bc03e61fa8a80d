package io.vnetlint.cli.graph;

import java.util.List;
import java.util.Locale;

/**
 * What {@code vnetlint graph} draws: the networks, gateways and sites of one scan, how they are linked, and which
 * networks reach which. Everything is already sorted and labelled; renderers only format it.
 */
record Topology(List<Node> nodes, List<Edge> edges, List<Reach> reachability) {

  Topology {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    reachability = List.copyOf(reachability);
  }

  /** The worst finding on a drawn element: what colours it. */
  enum Severity {
    NONE,
    WARNING,
    ERROR;

    Severity worst(Severity other) {
      return compareTo(other) >= 0 ? this : other;
    }

    String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum NodeKind {
    VIRTUAL_NETWORK("virtual network"),
    CLASSIC_VIRTUAL_NETWORK("classic virtual network"),
    GATEWAY("virtual network gateway"),
    LOCAL_NETWORK_GATEWAY("local network gateway"),
    EXPRESSROUTE_CIRCUIT("ExpressRoute circuit"),
    /** Referenced but not declared in the scanned files, or a reference whose target is unknown. */
    EXTERNAL("not in the scan");

    private final String noun;

    NodeKind(String noun) {
      this.noun = noun;
    }

    String noun() {
      return noun;
    }

    String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  enum EdgeKind {
    /** One direction of a virtual network peering, from the network that declares it. */
    PEERING,
    /** A connection object, from its first gateway to the other side. */
    CONNECTION,
    /** A gateway deployed in a virtual network. */
    GATEWAY_IN_NETWORK;

    String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A drawn resource.
   *
   * @param id a safe identifier ({@code [A-Za-z0-9_]}), unique in the topology and stable for the same input
   * @param group the deployment unit that declares it ("examples/hub-spoke/azuredeploy.json with ..."), or "" for
   *     external nodes
   * @param details label lines after the name, already free of secrets and sensitive values
   * @param findings rule ids of the findings on it, sorted
   */
  record Node(
      String id,
      NodeKind kind,
      String name,
      String group,
      List<String> details,
      Severity severity,
      List<String> findings) {
    Node {
      details = List.copyOf(details);
      findings = List.copyOf(findings);
    }
  }

  record Edge(
      String from,
      String to,
      EdgeKind kind,
      String name,
      List<String> details,
      Severity severity,
      List<String> findings) {
    Edge {
      details = List.copyOf(details);
      findings = List.copyOf(findings);
    }
  }

  enum Status {
    REACHABLE("reachable"),
    NOT_REACHABLE("not reachable"),
    UNKNOWN("unknown");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  /**
   * Whether two endpoints (networks, on-premises sites, circuits) reach each other.
   *
   * @param via the path of the best candidate ("peering", "gateway transit via vnet-hub, IPsec connection x")
   * @param reasons why a path is blocked or uncertain; empty when reachable
   * @param errorFindings rule ids of error findings on the resources along the path: a declared path with errors
   *     may not come up (different shared keys, a reserved ASN)
   */
  record Reach(
      String from, String to, Status status, String via, List<String> reasons, List<String> errorFindings) {
    Reach {
      reasons = List.copyOf(reasons);
      errorFindings = List.copyOf(errorFindings);
    }
  }
}
