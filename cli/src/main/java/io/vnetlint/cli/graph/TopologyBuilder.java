package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.Edge;
import io.vnetlint.cli.graph.Topology.EdgeKind;
import io.vnetlint.cli.graph.Topology.Node;
import io.vnetlint.cli.graph.Topology.NodeKind;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.ExpressRouteCircuit;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.RouteTable;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a scan's resource graph and findings into a {@link Topology}: one node per network, gateway, local network
 * gateway and circuit; one edge per peering direction, connection and gateway placement; a node for every reference
 * that points outside the scan or at an unknown value. Labels never contain a secret (shared keys are not read at
 * all) nor a value written in a sensitive range (a securestring parameter, a sensitive Terraform variable).
 */
final class TopologyBuilder {
  private final ResourceGraph graph;
  private final FindingIndex findings;
  private final List<SourceRange> sensitive;
  private final Map<AzureResource, NodeDraft> nodes = new IdentityHashMap<>();
  private final Map<String, NodeDraft> externals = new LinkedHashMap<>();
  private final List<EdgeDraft> edges = new ArrayList<>();

  TopologyBuilder(ResourceGraph graph, List<Finding> findings, List<SourceRange> sensitive) {
    this.graph = graph;
    this.findings = new FindingIndex(graph, findings);
    this.sensitive = List.copyOf(sensitive);
  }

  /** A node before ids are assigned. */
  static final class NodeDraft {
    final NodeKind kind;
    final String name;
    final String group;
    final List<String> details;
    /** The resources whose findings colour this node (a network's subnets, a gateway's public IPs, ...). */
    final List<AzureResource> resources = new ArrayList<>();
    final String sortKey;
    String id;

    NodeDraft(NodeKind kind, String name, String group, List<String> details, String tieBreak) {
      this.kind = kind;
      this.name = name;
      this.group = group;
      this.details = List.copyOf(details);
      this.sortKey = (group.isEmpty() ? "\uffff" : group) + "\u0000" + kind.ordinal() + "\u0000"
          + name.toLowerCase(Locale.ROOT) + "\u0000" + tieBreak;
    }

    /** Endpoints of the reachability table: everything but gateways. */
    boolean isEndpoint() {
      return kind != NodeKind.GATEWAY;
    }
  }

  private record EdgeDraft(
      NodeDraft from, NodeDraft to, EdgeKind kind, String name, List<String> details, AzureResource resource) {}

  Topology build() {
    for (AzureResource r : graph.resources()) {
      if (r instanceof VirtualNetwork v) {
        nodes.put(v, draft(v, NodeKind.VIRTUAL_NETWORK, List.of("address space " + prefixes(v.addressSpace()))));
      } else if (r instanceof ClassicVirtualNetwork c) {
        nodes.put(c, draft(c, NodeKind.CLASSIC_VIRTUAL_NETWORK,
            List.of("address space " + prefixes(c.addressSpace()))));
      } else if (r instanceof VirtualNetworkGateway g) {
        nodes.put(g, draft(g, NodeKind.GATEWAY, gatewayDetails(g)));
      } else if (r instanceof LocalNetworkGateway l) {
        nodes.put(l, draft(l, NodeKind.LOCAL_NETWORK_GATEWAY, localGatewayDetails(l)));
      } else if (r instanceof ExpressRouteCircuit e) {
        nodes.put(e, draft(e, NodeKind.EXPRESSROUTE_CIRCUIT, List.of("SKU " + text(e.skuTier(), "not set")
            + " / " + text(e.skuFamily(), "not set"))));
      }
    }
    nodes.forEach((r, n) -> n.resources.add(r));
    attachMinorResources();

    for (Peering p : graph.all(Peering.class)) {
      NodeDraft local = target(graph.localNetwork(p), p, "virtualNetwork", "virtual network");
      NodeDraft remote = target(graph.remoteNetwork(p), p, "remoteVirtualNetwork", "virtual network");
      edges.add(new EdgeDraft(local, remote, EdgeKind.PEERING, p.header().displayName(), peeringDetails(p), p));
    }
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      graph.virtualNetworkOf(g).map(nodes::get).ifPresent(
          vnet -> edges.add(new EdgeDraft(vnet, nodes.get(g), EdgeKind.GATEWAY_IN_NETWORK, "", List.of(), null)));
    }
    for (Connection c : graph.all(Connection.class)) {
      NodeDraft from = target(graph.gateway1(c), c, "virtualNetworkGateway1", "virtual network gateway");
      edges.add(new EdgeDraft(from, otherSide(c), EdgeKind.CONNECTION, c.header().displayName(),
          connectionDetails(c), c));
    }

    Reachability reachability = new Reachability(graph, findings, this);
    List<Reachability.Row> rows = reachability.rows(allNodes(), edgePairs());
    assignIds();

    List<Node> outNodes = new ArrayList<>();
    for (NodeDraft n : sortedNodes()) {
      outNodes.add(new Node(n.id, n.kind, n.name, n.group, n.details, findings.severity(n.resources),
          findings.ruleIds(n.resources, false)));
    }
    List<Edge> outEdges = new ArrayList<>();
    for (EdgeDraft e : edges) {
      List<AzureResource> on = e.resource == null ? List.of() : List.of(e.resource);
      outEdges.add(new Edge(e.from.id, e.to.id, e.kind, e.name, e.details, findings.severity(on),
          findings.ruleIds(on, false)));
    }
    outEdges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::kind)
        .thenComparing(Edge::name));
    List<Topology.Reach> reach = new ArrayList<>();
    for (Reachability.Row row : rows) {
      reach.add(new Topology.Reach(row.from().id, row.to().id, row.status(), row.via(), row.reasons(),
          row.errorFindings()));
    }
    return new Topology(outNodes, outEdges, reach);
  }

  // ---- nodes ------------------------------------------------------------------------------------------------

  private NodeDraft draft(AzureResource r, NodeKind kind, List<String> details) {
    return new NodeDraft(kind, r.header().displayName(), group(r), details,
        r.header().address() + "\u0000" + r.header().range());
  }

  private static String group(AzureResource r) {
    var origin = r.header().origin();
    return origin.variant() == null ? origin.unit() : origin.unit() + " with " + origin.variant();
  }

  /** Findings on subnets, public IPs, route tables, NSGs and route servers colour the node they belong to. */
  private void attachMinorResources() {
    for (Subnet s : graph.all(Subnet.class)) {
      graph.virtualNetworkOf(s).map(nodes::get).ifPresent(n -> n.resources.add(s));
    }
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      for (PublicIp ip : graph.publicIpsOf(g)) {
        nodes.get(g).resources.add(ip);
      }
    }
    for (Subnet s : graph.all(Subnet.class)) {
      Optional<NodeDraft> vnet = graph.virtualNetworkOf(s).map(nodes::get);
      if (vnet.isEmpty()) {
        continue;
      }
      graph.routeTableOf(s).resource(RouteTable.class).ifPresent(rt -> addOnce(vnet.get(), rt));
      graph.networkSecurityGroupOf(s).resource(NetworkSecurityGroup.class).ifPresent(n -> addOnce(vnet.get(), n));
    }
    for (AzureResource r : graph.resources()) {
      if (r instanceof RouteServer rs) {
        graph.resolve(rs.subnet(), rs).resource(Subnet.class).flatMap(graph::virtualNetworkOf).map(nodes::get)
            .ifPresent(n -> n.resources.add(rs));
      }
    }
  }

  private static void addOnce(NodeDraft n, AzureResource r) {
    if (n.resources.stream().noneMatch(x -> x == r)) {
      n.resources.add(r);
    }
  }

  /** The node of a scanned resource (networks, gateways, local network gateways, circuits). */
  NodeDraft node(AzureResource r) {
    return nodes.get(r);
  }

  /**
   * The node a reference leads to: the resource's own node, or an external node for a resource outside the scan
   * (one per referenced id) or for a reference the scan cannot follow (one per referring attribute).
   */
  NodeDraft target(Resolution resolution, AzureResource from, String attribute, String noun) {
    if (resolution.resource().isPresent() && nodes.containsKey(resolution.resource().get())) {
      return nodes.get(resolution.resource().get());
    }
    String key;
    String name;
    List<String> details;
    if (resolution instanceof Resolution.NotInScan n) {
      key = "ref\u0000" + noun + "\u0000" + refKey(n.ref(), from);
      name = refName(n.ref());
      details = List.of(noun + ", not in the scan");
    } else {
      key = "unknown\u0000" + from.header().address() + "\u0000" + group(from) + "\u0000" + attribute;
      if (resolution instanceof Resolution.Resolved r) {
        // Resolved to a resource that is not drawn (a subnet id where a network was expected): say what it is.
        name = r.target().header().displayName();
        details = List.of(r.target().kind() + " (not drawn)");
      } else {
        name = "unknown " + noun;
        details = List.of(attribute + " of " + from.describe() + ": " + resolution.explain());
      }
    }
    return externals.computeIfAbsent(key, k -> new NodeDraft(NodeKind.EXTERNAL, name, "", details, k));
  }

  private static String refKey(ResourceRef ref, AzureResource from) {
    if (ref instanceof ResourceRef.ById byId) {
      return byId.id().looseKey();
    }
    // Terraform addresses only mean something inside their deployment unit.
    return from.header().origin().unit() + "\u0000" + ref;
  }

  private static String refName(ResourceRef ref) {
    return ref instanceof ResourceRef.ById byId ? byId.id().name() : ref.toString();
  }

  /** The node on the far side of a connection: local network gateway, peer gateway or circuit. */
  NodeDraft otherSide(Connection c) {
    if (!c.localNetworkGateway2().isAbsent()) {
      return target(graph.localNetworkGateway(c), c, "localNetworkGateway2", "local network gateway");
    }
    if (!c.virtualNetworkGateway2().isAbsent()) {
      return target(graph.gateway2(c), c, "virtualNetworkGateway2", "virtual network gateway");
    }
    if (!c.expressRouteCircuit().isAbsent()) {
      return target(graph.resolve(c.expressRouteCircuit(), c), c, "expressRouteCircuit", "ExpressRoute circuit");
    }
    return target(new Resolution.NotSet(), c, "other side", "peer");
  }

  List<NodeDraft> allNodes() {
    List<NodeDraft> all = new ArrayList<>(nodes.values());
    all.addAll(externals.values());
    return all;
  }

  /** Every drawn link as a pair of nodes, for finding connected components. */
  private List<NodeDraft[]> edgePairs() {
    List<NodeDraft[]> pairs = new ArrayList<>();
    for (EdgeDraft e : edges) {
      pairs.add(new NodeDraft[] {e.from, e.to});
    }
    return pairs;
  }

  private List<NodeDraft> sortedNodes() {
    List<NodeDraft> all = allNodes();
    all.sort(Comparator.comparing((NodeDraft n) -> n.sortKey));
    return all;
  }

  /** Readable ids from kind and name, made unique in sorted order so the same input gives the same ids. */
  private void assignIds() {
    Set<String> used = new HashSet<>();
    Map<String, Integer> counters = new HashMap<>();
    for (NodeDraft n : sortedNodes()) {
      String base = switch (n.kind) {
        case VIRTUAL_NETWORK, CLASSIC_VIRTUAL_NETWORK -> "net_";
        case GATEWAY -> "gw_";
        case LOCAL_NETWORK_GATEWAY -> "lng_";
        case EXPRESSROUTE_CIRCUIT -> "er_";
        case EXTERNAL -> "ext_";
      } + safeId(n.name);
      String id = base;
      while (!used.add(id)) {
        int next = counters.merge(base, 1, Integer::sum) + 1;
        id = base + "_" + next;
      }
      n.id = id;
    }
  }

  /** ASCII letters, digits and underscores only: safe as a Mermaid or DOT identifier. */
  static String safeId(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (ok) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
      sb.setLength(sb.length() - 1);
    }
    if (sb.length() > 40) {
      sb.setLength(40);
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }

  // ---- labels -----------------------------------------------------------------------------------------------

  private List<String> gatewayDetails(VirtualNetworkGateway g) {
    List<String> lines = new ArrayList<>();
    if (g.isExpressRoute()) {
      // Active-active, enableBgp and the ASN are VPN settings; an ExpressRoute gateway always speaks BGP.
      lines.add(text(g.gatewayType(), "Vpn") + " · SKU " + text(g.sku(), "not set"));
      if (graph.virtualNetworkOf(g).isEmpty()) {
        lines.add("network unknown");
      }
      return lines;
    }
    lines.add(text(g.gatewayType(), "Vpn") + " " + text(g.vpnType(), "RouteBased") + " · SKU "
        + text(g.sku(), "not set"));
    lines.add("active-active " + yesNo(g.activeActive(), false));
    Tri bgp = Tri.of(g.enableBgp().valueOr(false));
    String asn = asn(g.bgpSettings(), "65515 (default)");
    lines.add(switch (bgp) {
      case YES -> "BGP on · ASN " + asn;
      case NO -> "BGP off";
      case UNKNOWN -> "BGP unknown · ASN " + asn;
    });
    if (graph.virtualNetworkOf(g).isEmpty()) {
      lines.add("network unknown");
    }
    return lines;
  }

  private List<String> localGatewayDetails(LocalNetworkGateway l) {
    List<String> lines = new ArrayList<>();
    if (!l.gatewayIpAddress().isAbsent()) {
      lines.add("address " + text(l.gatewayIpAddress(), "not set"));
    } else if (!l.fqdn().isAbsent()) {
      lines.add("FQDN " + text(l.fqdn(), "not set"));
    } else if (l.gatewayPublicIp() instanceof Field.Known<ResourceRef> k) {
      lines.add("address of public IP " + refName(k.value()));
    } else {
      lines.add("address " + text(l.gatewayIpAddress(), "not set"));
    }
    if (l.addressPrefixes() instanceof Field.Known<PrefixList> k && k.value().isEmpty()) {
      lines.add("prefixes none (BGP only)");
    } else {
      lines.add("prefixes " + prefixes(l.addressPrefixes()));
    }
    if (l.bgpSettings() instanceof Field.Known<BgpSettings> k) {
      lines.add("BGP ASN " + text(k.value().asn().map(String::valueOf), "not set")
          + " · peer " + text(k.value().peeringAddress(), "not set"));
    } else if (l.bgpSettings().isUnknown()) {
      lines.add("BGP unknown");
    }
    return lines;
  }

  private List<String> peeringDetails(Peering p) {
    List<String> lines = new ArrayList<>();
    lines.add("access " + yesNo(p.allowVirtualNetworkAccess(), true)
        + " · forwarded " + yesNo(p.allowForwardedTraffic(), false));
    lines.add("gateway transit " + yesNo(p.allowGatewayTransit(), false)
        + " · use remote gw " + yesNo(p.useRemoteGateways(), false));
    Optional<AzureResource> remote = graph.remoteNetwork(p).resource();
    if (graph.reversePeering(p).isPresent()) {
      lines.add("both sides declared");
    } else if (remote.isPresent() && nodes.containsKey(remote.get())) {
      lines.add("no reverse peering: Initiated");
    } else {
      lines.add("state unknown");
    }
    return lines;
  }

  private List<String> connectionDetails(Connection c) {
    List<String> lines = new ArrayList<>();
    if (c.isType("ExpressRoute")) {
      lines.add(text(c.connectionType(), "type not set")); // ExpressRoute always routes with BGP
    } else {
      lines.add(text(c.connectionType(), "type not set") + " · BGP " + bgpWord(c.enableBgp()));
    }
    return lines;
  }

  private String bgpWord(Field<Boolean> enableBgp) {
    return switch (Tri.of(enableBgp.valueOr(false))) {
      case YES -> "on";
      case NO -> "off";
      case UNKNOWN -> "unknown";
    };
  }

  private String yesNo(Field<Boolean> flag, boolean azureDefault) {
    return switch (Tri.of(flag.valueOr(azureDefault))) {
      case YES -> "yes";
      case NO -> "no";
      case UNKNOWN -> "unknown";
    };
  }

  private String asn(Field<BgpSettings> settings, String whenAbsent) {
    if (settings instanceof Field.Known<BgpSettings> k) {
      return k.value().asn().isAbsent() ? whenAbsent : text(k.value().asn().map(String::valueOf), whenAbsent);
    }
    return settings.isUnknown() ? "unknown" : whenAbsent;
  }

  /** A known value as written (unless it sits in a sensitive range), "unknown", or {@code whenAbsent}. */
  private String text(Field<String> field, String whenAbsent) {
    if (field instanceof Field.Known<String> k) {
      return isSensitive(k.range()) ? "(sensitive)" : k.value();
    }
    return field.isUnknown() ? "unknown" : whenAbsent;
  }

  private String prefixes(Field<PrefixList> field) {
    if (field instanceof Field.Known<PrefixList> k) {
      List<String> parts = new ArrayList<>();
      for (var p : k.value().prefixes()) {
        parts.add(isSensitive(p.range()) ? "(sensitive)" : p.text());
      }
      for (Value.Unknown u : k.value().unknowns()) {
        parts.add("unknown");
      }
      return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
    return field.isUnknown() ? "unknown" : "not set";
  }

  private boolean isSensitive(SourceRange range) {
    for (SourceRange s : sensitive) {
      if (s.file().equals(range.file()) && overlaps(s, range)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(SourceRange a, SourceRange b) {
    boolean aEndsBeforeB = a.endLine() < b.startLine()
        || (a.endLine() == b.startLine() && a.endColumn() <= b.startColumn());
    boolean bEndsBeforeA = b.endLine() < a.startLine()
        || (b.endLine() == a.startLine() && b.endColumn() <= a.startColumn());
    return !aEndsBeforeB && !bEndsBeforeA;
  }
}
