package io.vnetlint.cli.graph;

import io.vnetlint.cli.graph.Topology.NodeKind;
import io.vnetlint.cli.graph.Topology.Status;
import io.vnetlint.cli.graph.TopologyBuilder.NodeDraft;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which endpoints (virtual networks, on-premises sites behind local network gateways, ExpressRoute circuits,
 * networks outside the scan) reach which, and through what. The model is deliberately small and says what Azure
 * gives by default, from the declared resources only (docs/topology.md):
 *
 * <ul>
 *   <li>A peering links two networks when both directions are declared and neither denies virtual network access.
 *       Peering is not transitive: two spokes of one hub do not reach each other through the hub's peerings.
 *   <li>A network reaches what its own gateway's connections reach: a site (IPsec connection, when the local
 *       network gateway has prefixes or BGP runs on gateway, connection and local network gateway), a circuit
 *       (ExpressRoute connection), the network of the peer gateway (a VNet-to-VNet connection declared on both
 *       sides).
 *   <li>Gateway transit: a spoke whose peering uses remote gateways, where the hub's peering allows gateway transit
 *       and the hub's gateway is not Basic, reaches what the hub gateway's connections reach. It does not reach the
 *       hub's other spokes (that needs user-defined routes or an NVA, which the model does not follow).
 *   <li>Routes beyond one connection (a spoke over a VNet-to-VNet link, a site to a network two gateways away) need
 *       BGP on every connection and gateway on the way. Between two sites on one gateway without BGP, it depends
 *       on the on-premises devices' static routes: unknown. ExpressRoute and VPN do not transit to each other, and
 *       two circuits only through Global Reach.
 *   <li>A value the scan does not know makes the answer unknown, never a guess. Findings at error level on the path
 *       are listed: a declared path with errors may not come up.
 * </ul>
 */
final class Reachability {
  private final ResourceGraph graph;
  private final FindingIndex findings;
  private final TopologyBuilder nodes;
  private final List<DeclaredPeering> peerings = new ArrayList<>();
  private final List<GatewayInfo> gateways = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Dangling> dangling = new ArrayList<>();

  Reachability(ResourceGraph graph, FindingIndex findings, TopologyBuilder nodes) {
    this.graph = graph;
    this.findings = findings;
    this.nodes = nodes;
    for (Peering p : graph.all(Peering.class)) {
      peerings.add(new DeclaredPeering(p,
          nodes.target(graph.localNetwork(p), p, "virtualNetwork", "virtual network"),
          nodes.target(graph.remoteNetwork(p), p, "remoteVirtualNetwork", "virtual network")));
    }
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      gateways.add(new GatewayInfo(g, graph.virtualNetworkOf(g).map(nodes::node).orElse(null), new ArrayList<>()));
    }
    for (GatewayInfo g : gateways) {
      addAttachments(g);
    }
    for (Connection c : graph.all(Connection.class)) {
      Resolution first = graph.gateway1(c);
      if (first.resource(VirtualNetworkGateway.class).isEmpty()) {
        // A peer gateway in the scan stands for its network, the endpoint.
        NodeDraft far = graph.gateway2(c).resource(VirtualNetworkGateway.class)
            .flatMap(graph::virtualNetworkOf).map(nodes::node).orElse(nodes.otherSide(c));
        dangling.add(new Dangling(c, first,
            nodes.target(first, c, "virtualNetworkGateway1", "virtual network gateway"), far));
      }
    }
  }

  /** One row of the table. */
  record Row(NodeDraft from, NodeDraft to, Status status, String via, List<String> reasons,
      List<String> errorFindings) {}

  /** A condition of a path: YES, or NO/UNKNOWN with the reason. */
  private record Cond(Tri value, String reason) {}

  /** One way the two endpoints could reach each other. */
  private record Candidate(String via, List<Cond> conds, List<AzureResource> resources) {
    Tri status() {
      Tri t = Tri.YES;
      for (Cond c : conds) {
        t = t.and(c.value());
      }
      return t;
    }
  }

  private record DeclaredPeering(Peering peering, NodeDraft local, NodeDraft remote) {}

  private enum Channel { NETWORK, VPN, EXPRESSROUTE }

  /**
   * How an endpoint hangs off a gateway: its own network (host), a spoke using it by gateway transit, or the far
   * side of one of its connections.
   */
  private record Attachment(
      NodeDraft node, Channel channel, boolean host, Connection connection, String via, List<Cond> conds,
      Tri bgp, List<AzureResource> resources) {}

  private record GatewayInfo(VirtualNetworkGateway gateway, NodeDraft host, List<Attachment> attachments) {
    String name() {
      return gateway.header().displayName();
    }
  }

  /** A connection whose first gateway is not in the scan or not known: it links its two sides, as far as we know. */
  private record Dangling(Connection connection, Resolution gateway, NodeDraft from, NodeDraft to) {}

  /** Two gateways joined by VNet-to-VNet connections. */
  private record Link(GatewayInfo a, GatewayInfo b, List<Connection> ab, List<Connection> ba) {}

  // ---- the declared structure -------------------------------------------------------------------------------

  private void addAttachments(GatewayInfo g) {
    VirtualNetworkGateway gw = g.gateway();
    if (g.host() != null) {
      g.attachments().add(new Attachment(g.host(), Channel.NETWORK, true, null, "", List.of(), Tri.YES,
          List.of(gw)));
      for (DeclaredPeering dp : peerings) {
        if (dp.remote() == g.host() && Tri.of(dp.peering().useRemoteGateways().valueOr(false)) != Tri.NO) {
          spoke(g, dp).ifPresent(g.attachments()::add);
        }
      }
    }
    for (Connection c : graph.connectionsOf(gw)) {
      List<Cond> conds = new ArrayList<>();
      if (c.connectionType().isUnknown()) {
        conds.add(new Cond(Tri.UNKNOWN, "the type of connection '" + name(c) + "' is unknown"));
      }
      Tri bgp = Tri.of(c.enableBgp().valueOr(false));
      List<AzureResource> on = List.of(gw, c);
      if (!c.localNetworkGateway2().isAbsent()) {
        Resolution lng = graph.localNetworkGateway(c);
        NodeDraft site = nodes.target(lng, c, "localNetworkGateway2", "local network gateway");
        List<Cond> siteConds = new ArrayList<>(conds);
        lng.resource(LocalNetworkGateway.class).flatMap(l -> routeToSite(gw, c, l)).ifPresent(siteConds::add);
        g.attachments().add(new Attachment(site, Channel.VPN, false, c,
            "site-to-site connection '" + name(c) + "'", siteConds, bgp, on));
      } else if (!c.expressRouteCircuit().isAbsent()) {
        NodeDraft circuit = nodes.target(graph.resolve(c.expressRouteCircuit(), c), c, "expressRouteCircuit",
            "ExpressRoute circuit");
        g.attachments().add(new Attachment(circuit, Channel.EXPRESSROUTE, false, c,
            "ExpressRoute connection '" + name(c) + "'", conds, bgp, on));
      } else if (!c.virtualNetworkGateway2().isAbsent()) {
        Resolution peer = graph.gateway2(c);
        Optional<VirtualNetworkGateway> other = peer.resource(VirtualNetworkGateway.class);
        if (other.isPresent()) {
          addLink(g, other.get(), c);
        } else {
          NodeDraft far = nodes.target(peer, c, "virtualNetworkGateway2", "virtual network gateway");
          List<Cond> farConds = new ArrayList<>(conds);
          farConds.add(new Cond(Tri.UNKNOWN, peer instanceof Resolution.NotInScan
              ? "the connection back from '" + far.name + "' is not in the scan"
              : "the peer gateway of connection '" + name(c) + "' is unknown: " + peer.explain()));
          g.attachments().add(new Attachment(far, Channel.VPN, false, c,
              "VNet-to-VNet connection '" + name(c) + "'", farConds, bgp, on));
        }
      }
    }
  }

  /**
   * Azure routes to a site through the local network gateway's prefixes (static) or the routes BGP learns, which
   * needs BGP on the gateway, the connection and the local network gateway. Empty when a route is there.
   */
  private static Optional<Cond> routeToSite(VirtualNetworkGateway gw, Connection c, LocalNetworkGateway l) {
    Tri prefixes = l.addressPrefixes().valueOr(PrefixList.of(List.of()))
        .map(p -> p.prefixes().isEmpty() && p.fullyKnown() ? Tri.NO : !p.prefixes().isEmpty() ? Tri.YES : Tri.UNKNOWN)
        .orElse(Tri.UNKNOWN);
    Tri bgp = Tri.of(gw.enableBgp().valueOr(false)).and(Tri.of(c.enableBgp().valueOr(false)))
        .and(l.bgpSettings().isKnown() ? Tri.YES : l.bgpSettings().isUnknown() ? Tri.UNKNOWN : Tri.NO);
    if (prefixes == Tri.YES || bgp == Tri.YES) {
      return Optional.empty();
    }
    if (prefixes == Tri.NO && bgp == Tri.NO) {
      return Optional.of(new Cond(Tri.NO, "local network gateway '" + name(l) + "' has no address prefixes and"
          + " connection '" + name(c) + "' does not use BGP: Azure has no route to the site"));
    }
    return Optional.of(new Cond(Tri.UNKNOWN, "whether Azure has a route to '" + name(l) + "' depends on unknown"
        + " address prefixes or BGP settings"));
  }

  /** A spoke using the hub's gateway: the peering's conditions plus the gateway transit ones. */
  private Optional<Attachment> spoke(GatewayInfo g, DeclaredPeering dp) {
    Peering p = dp.peering();
    NodeDraft spoke = dp.local();
    if (spoke == g.host()) {
      return Optional.empty();
    }
    List<Cond> conds = new ArrayList<>();
    List<AzureResource> on = new ArrayList<>(List.of(p, g.gateway()));
    peeringCandidate(spoke, g.host()).ifPresent(c -> conds.addAll(c.conds()));
    if (p.useRemoteGateways().isUnknown()) {
      conds.add(new Cond(Tri.UNKNOWN, "useRemoteGateways of peering '" + name(p) + "' is unknown"));
    }
    Optional<Peering> reverse = graph.reversePeering(p);
    if (reverse.isPresent()) {
      on.add(reverse.get());
      Tri transit = Tri.of(reverse.get().allowGatewayTransit().valueOr(false));
      if (transit == Tri.NO) {
        conds.add(new Cond(Tri.NO, "peering '" + name(reverse.get()) + "' does not allow gateway transit"));
      } else if (transit == Tri.UNKNOWN) {
        conds.add(new Cond(Tri.UNKNOWN, "allowGatewayTransit of peering '" + name(reverse.get()) + "' is unknown"));
      }
    }
    Optional<String> sku = g.gateway().sku().known();
    if (sku.isPresent() && sku.get().equalsIgnoreCase("Basic")) {
      conds.add(new Cond(Tri.NO, "gateway '" + g.name() + "' has the Basic SKU, which does not offer gateway transit"));
    } else if (g.gateway().sku().isUnknown()) {
      conds.add(new Cond(Tri.UNKNOWN, "the SKU of gateway '" + g.name() + "' is unknown"));
    }
    Optional<AzureResource> spokeNetwork = graph.localNetwork(p).resource();
    if (spokeNetwork.isPresent() && !graph.gatewaysOf(spokeNetwork.get()).isEmpty()) {
      conds.add(new Cond(Tri.NO, "'" + spoke.name + "' has a gateway of its own, so it cannot use remote gateways"));
    }
    return Optional.of(new Attachment(spoke, Channel.NETWORK, false, null,
        "gateway transit via '" + g.host().name + "'", conds, Tri.YES, on));
  }

  private void addLink(GatewayInfo from, VirtualNetworkGateway to, Connection c) {
    for (Link l : links) {
      if (l.a() == from && l.b().gateway() == to) {
        l.ab().add(c);
        return;
      }
      if (l.b() == from && l.a().gateway() == to) {
        l.ba().add(c);
        return;
      }
    }
    GatewayInfo other = gateways.stream().filter(g -> g.gateway() == to).findFirst().orElseThrow();
    Link link = new Link(from, other, new ArrayList<>(), new ArrayList<>());
    link.ab().add(c);
    links.add(link);
  }

  // ---- pairs --------------------------------------------------------------------------------------------------

  /** A row for every two endpoints that the drawn graph connects in any way, in a stable order. */
  List<Row> rows(List<NodeDraft> all, List<NodeDraft[]> edges) {
    Map<NodeDraft, NodeDraft> parent = new IdentityHashMap<>();
    for (NodeDraft n : all) {
      parent.put(n, n);
    }
    for (NodeDraft[] e : edges) {
      parent.put(find(parent, e[0]), find(parent, e[1]));
    }
    List<NodeDraft> endpoints = new ArrayList<>();
    for (NodeDraft n : all) {
      if (n.isEndpoint()) {
        endpoints.add(n);
      }
    }
    endpoints.sort(Comparator.comparing((NodeDraft n) -> n.sortKey));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      for (int j = i + 1; j < endpoints.size(); j++) {
        NodeDraft p = endpoints.get(i);
        NodeDraft q = endpoints.get(j);
        if (find(parent, p) == find(parent, q)) {
          rows.add(row(p, q));
        }
      }
    }
    return rows;
  }

  private static NodeDraft find(Map<NodeDraft, NodeDraft> parent, NodeDraft n) {
    NodeDraft root = n;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    parent.put(n, root);
    return root;
  }

  private Row row(NodeDraft p, NodeDraft q) {
    List<Candidate> candidates = candidates(p, q);
    Candidate best = null;
    for (Tri wanted : List.of(Tri.YES, Tri.UNKNOWN, Tri.NO)) {
      for (Candidate c : candidates) {
        if (best == null && c.status() == wanted) {
          best = c;
        }
      }
    }
    if (best == null) {
      return new Row(p, q, Status.NOT_REACHABLE, "",
          List.of("no peering or connection links them"), List.of());
    }
    // Not reachable: every way that was tried and why it fails, so the table shows all of them.
    List<Candidate> explained = best.status() == Tri.NO ? candidates : List.of(best);
    Set<String> reasons = new LinkedHashSet<>();
    for (Candidate candidate : explained) {
      for (Cond c : candidate.conds()) {
        if (c.value() != Tri.YES) {
          reasons.add(c.reason());
        }
      }
    }
    List<AzureResource> on = new ArrayList<>(best.resources());
    on.addAll(p.resources);
    on.addAll(q.resources);
    Status status = switch (best.status()) {
      case YES -> Status.REACHABLE;
      case NO -> Status.NOT_REACHABLE;
      case UNKNOWN -> Status.UNKNOWN;
    };
    return new Row(p, q, status, best.via(), List.copyOf(reasons), findings.ruleIds(on, true));
  }

  private List<Candidate> candidates(NodeDraft p, NodeDraft q) {
    List<Candidate> out = new ArrayList<>();
    peeringCandidate(p, q).ifPresent(out::add);
    for (NodeDraft hub : peeredWith(p)) {
      if (hub != q && peeringCandidate(q, hub).isPresent()) {
        out.add(new Candidate("peerings with '" + hub.name + "'", List.of(new Cond(Tri.NO,
            "peering is not transitive: both peer with '" + hub.name + "', not with each other")), List.of()));
      }
    }
    for (GatewayInfo g : gateways) {
      for (Attachment a : attachmentsOf(g, p)) {
        for (Attachment b : attachmentsOf(g, q)) {
          sameGateway(g, a, b).ifPresent(out::add);
        }
      }
      notUsingTheGateway(g, p, q).ifPresent(out::add);
      notUsingTheGateway(g, q, p).ifPresent(out::add);
      for (GatewayInfo h : gateways) {
        if (h != g && g.host() != null && h.host() == g.host()) {
          for (Attachment a : attachmentsOf(g, p)) {
            for (Attachment b : attachmentsOf(h, q)) {
              coexistingGateways(a, b).ifPresent(out::add);
            }
            for (Attachment b : beyondLinks(h, q)) {
              coexistingGateways(a, b).ifPresent(out::add);
            }
          }
          for (Attachment a : attachmentsOf(g, q)) {
            for (Attachment b : beyondLinks(h, p)) {
              coexistingGateways(a, b).ifPresent(out::add);
            }
          }
        }
      }
    }
    for (Link l : links) {
      for (Attachment a : attachmentsOf(l.a(), p)) {
        for (Attachment b : attachmentsOf(l.b(), q)) {
          out.add(overLink(l, a, b));
        }
      }
      for (Attachment a : attachmentsOf(l.b(), p)) {
        for (Attachment b : attachmentsOf(l.a(), q)) {
          out.add(overLink(l, a, b));
        }
      }
    }
    for (Dangling d : dangling) {
      if ((d.from() == p && d.to() == q) || (d.from() == q && d.to() == p)) {
        String why = d.gateway() instanceof Resolution.NotInScan
            ? "gateway '" + d.from().name + "' of connection '" + name(d.connection()) + "' is not in the scan"
            : "the gateway of connection '" + name(d.connection()) + "' is unknown: " + d.gateway().explain();
        out.add(new Candidate("connection '" + name(d.connection()) + "'", List.of(new Cond(Tri.UNKNOWN, why)),
            List.of(d.connection())));
      }
    }
    return out;
  }

  /**
   * A network peered with a gateway's network but not using the gateway, towards what the gateway connects: says
   * why, instead of "no peering or connection links them".
   */
  private Optional<Candidate> notUsingTheGateway(GatewayInfo g, NodeDraft network, NodeDraft far) {
    if (g.host() == null || network == g.host() || !attachmentsOf(g, network).isEmpty()
        || peeringCandidate(network, g.host()).isEmpty()) {
      return Optional.empty();
    }
    for (Attachment b : attachmentsOf(g, far)) {
      if (!b.host() && b.channel() != Channel.NETWORK) {
        return Optional.of(new Candidate("peering with '" + g.host().name + "', then " + b.via(), List.of(
            new Cond(Tri.NO, "'" + network.name + "' does not use the gateway of '" + g.host().name
                + "': no peering from '" + network.name + "' sets useRemoteGateways, and peering is not transitive")),
            List.of()));
      }
    }
    return Optional.empty();
  }

  /** The two peering directions between two networks as one candidate; empty when neither is declared. */
  private Optional<Candidate> peeringCandidate(NodeDraft a, NodeDraft b) {
    DeclaredPeering ab = declared(a, b);
    DeclaredPeering ba = declared(b, a);
    if (ab == null && ba == null) {
      return Optional.empty();
    }
    List<Cond> conds = new ArrayList<>();
    List<AzureResource> on = new ArrayList<>();
    if (ab == null || ba == null) {
      DeclaredPeering one = ab == null ? ba : ab;
      NodeDraft missingSide = one.remote();
      if (missingSide.kind == NodeKind.EXTERNAL) {
        conds.add(new Cond(Tri.UNKNOWN, "the reverse of peering '" + name(one.peering()) + "' would be declared with '"
            + missingSide.name + "', which is not in the scan"));
      } else {
        conds.add(new Cond(Tri.NO, "peering '" + name(one.peering()) + "' has no reverse peering from '"
            + missingSide.name + "', so it stays Initiated"));
      }
    }
    for (DeclaredPeering d : new DeclaredPeering[] {ab, ba}) {
      if (d == null) {
        continue;
      }
      on.add(d.peering());
      Tri access = Tri.of(d.peering().allowVirtualNetworkAccess().valueOr(true));
      if (access == Tri.NO) {
        conds.add(new Cond(Tri.NO, "peering '" + name(d.peering()) + "' sets allowVirtualNetworkAccess to false"));
      } else if (access == Tri.UNKNOWN) {
        conds.add(new Cond(Tri.UNKNOWN, "allowVirtualNetworkAccess of peering '" + name(d.peering()) + "' is unknown"));
      }
    }
    return Optional.of(new Candidate("peering", conds, on));
  }

  private DeclaredPeering declared(NodeDraft from, NodeDraft to) {
    for (DeclaredPeering d : peerings) {
      if (d.local() == from && d.remote() == to) {
        return d;
      }
    }
    return null;
  }

  private List<NodeDraft> peeredWith(NodeDraft n) {
    List<NodeDraft> out = new ArrayList<>();
    for (DeclaredPeering d : peerings) {
      NodeDraft other = d.local() == n ? d.remote() : d.remote() == n ? d.local() : null;
      if (other != null && other != n && out.stream().noneMatch(x -> x == other)) {
        out.add(other);
      }
    }
    return out;
  }

  /**
   * How {@code n} hangs off the far ends of the VNet-to-VNet links of {@code g}, seen from g: as a VPN attachment,
   * so that ExpressRoute on a coexisting gateway does not transit to it.
   */
  private List<Attachment> beyondLinks(GatewayInfo g, NodeDraft n) {
    List<Attachment> out = new ArrayList<>();
    for (Link l : links) {
      GatewayInfo far = l.a() == g ? l.b() : l.b() == g ? l.a() : null;
      if (far == null) {
        continue;
      }
      for (Attachment a : attachmentsOf(far, n)) {
        out.add(new Attachment(n, Channel.VPN, false, null, "VNet-to-VNet link to '" + far.name() + "'",
            a.conds(), a.bgp(), a.resources()));
      }
    }
    return out;
  }

  private static List<Attachment> attachmentsOf(GatewayInfo g, NodeDraft n) {
    List<Attachment> out = new ArrayList<>();
    for (Attachment a : g.attachments()) {
      if (a.node() == n) {
        out.add(a);
      }
    }
    return out;
  }

  /** Two endpoints hanging off one gateway. */
  private Optional<Candidate> sameGateway(GatewayInfo g, Attachment a, Attachment b) {
    if (a.host() || b.host()) {
      if (a.host() && b.host()) {
        return Optional.empty();
      }
      Attachment other = a.host() ? b : a;
      if (other.channel() == Channel.NETWORK) {
        return Optional.empty(); // host and spoke: their peering is the path
      }
      return Optional.of(candidate(other.via(), List.of(a, b), List.of()));
    }
    if (a.channel() == Channel.NETWORK && b.channel() == Channel.NETWORK) {
      return Optional.of(new Candidate("gateway transit via '" + g.host().name + "'", List.of(new Cond(Tri.NO,
          "gateway transit does not carry traffic between two spokes of '" + g.host().name
              + "': that needs user-defined routes through the gateway or an NVA in the hub")), List.of()));
    }
    if (a.channel() == Channel.NETWORK || b.channel() == Channel.NETWORK) {
      Attachment spoke = a.channel() == Channel.NETWORK ? a : b;
      Attachment far = spoke == a ? b : a;
      return Optional.of(candidate(spoke.via() + ", then " + far.via(), List.of(a, b), List.of()));
    }
    if (a.connection() == b.connection()) {
      return Optional.empty();
    }
    String via = "gateway '" + g.name() + "' between " + a.via() + " and " + b.via();
    if (a.channel() != b.channel()) {
      return Optional.of(new Candidate(via, List.of(new Cond(Tri.NO,
          "Azure does not route between ExpressRoute and VPN connections natively (Route Server branch-to-branch"
              + " does)")), List.of()));
    }
    if (a.channel() == Channel.EXPRESSROUTE) {
      return Optional.of(new Candidate(via, List.of(new Cond(Tri.NO,
          "two ExpressRoute circuits do not exchange traffic through a gateway: that needs Global Reach")),
          List.of()));
    }
    List<Cond> bgp = new ArrayList<>();
    Tri all = Tri.of(g.gateway().enableBgp().valueOr(false)).and(a.bgp()).and(b.bgp());
    if (all != Tri.YES) {
      bgp.add(new Cond(Tri.UNKNOWN, "without BGP on gateway '" + g.name() + "' and both connections, transit"
          + " between the two sites depends on the on-premises devices' static routes"));
    }
    return Optional.of(candidate(via, List.of(a, b), bgp));
  }

  /** Two endpoints on two gateways of one network (ExpressRoute and VPN coexistence). */
  private Optional<Candidate> coexistingGateways(Attachment a, Attachment b) {
    if (a.host() || b.host() || a.channel() == Channel.NETWORK || b.channel() == Channel.NETWORK
        || a.channel() == b.channel()) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(a.via() + " and " + b.via(), List.of(new Cond(Tri.NO,
        "Azure does not route between ExpressRoute and VPN connections natively (Route Server branch-to-branch"
            + " does)")), List.of()));
  }

  /** Two endpoints on the two ends of a VNet-to-VNet link. */
  private Candidate overLink(Link l, Attachment a, Attachment b) {
    List<Cond> extra = new ArrayList<>();
    if (l.ab().isEmpty() || l.ba().isEmpty()) {
      GatewayInfo declaredOn = l.ab().isEmpty() ? l.b() : l.a();
      GatewayInfo missing = declaredOn == l.a() ? l.b() : l.a();
      extra.add(new Cond(Tri.NO, "no connection from gateway '" + missing.name() + "' back to '" + declaredOn.name()
          + "': a VNet-to-VNet link needs a connection object on each side"));
    }
    List<Connection> all = new ArrayList<>(l.ab());
    all.addAll(l.ba());
    String via = "VNet-to-VNet " + (all.size() == 1 ? "connection '" : "connections '")
        + String.join("' / '", all.stream().map(Reachability::name).toList()) + "'";
    if (!(a.host() && b.host())) {
      Tri bgp = Tri.of(l.a().gateway().enableBgp().valueOr(false))
          .and(Tri.of(l.b().gateway().enableBgp().valueOr(false))).and(a.bgp()).and(b.bgp());
      for (Connection c : all) {
        bgp = bgp.and(Tri.of(c.enableBgp().valueOr(false)));
      }
      if (bgp != Tri.YES) {
        extra.add(new Cond(bgp, "routes beyond the two linked networks need BGP on every gateway and connection on"
            + " the way" + (bgp == Tri.UNKNOWN ? ", and some BGP setting is unknown" : "")));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!a.host()) {
      parts.add(a.via());
    }
    parts.add(via);
    if (!b.host()) {
      parts.add(b.via());
    }
    List<AzureResource> on = new ArrayList<>(all);
    on.add(l.a().gateway());
    on.add(l.b().gateway());
    Candidate c = candidate(String.join(", then ", parts), List.of(a, b), extra);
    List<AzureResource> resources = new ArrayList<>(c.resources());
    resources.addAll(on);
    return new Candidate(c.via(), c.conds(), resources);
  }

  private static Candidate candidate(String via, List<Attachment> parts, List<Cond> extra) {
    List<Cond> conds = new ArrayList<>();
    List<AzureResource> on = new ArrayList<>();
    for (Attachment a : parts) {
      conds.addAll(a.conds());
      on.addAll(a.resources());
    }
    conds.addAll(extra);
    return new Candidate(via, conds, on);
  }

  private static String name(AzureResource r) {
    return r.header().displayName();
  }
}
