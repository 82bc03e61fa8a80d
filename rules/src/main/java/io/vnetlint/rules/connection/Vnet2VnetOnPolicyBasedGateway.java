package io.vnetlint.rules.connection;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * VNL209: VNet-to-VNet connections need route-based gateways on both sides. One finding per policy-based gateway, at
 * its VPN type (the attribute that must change), with every Vnet2Vnet connection that uses it as related locations.
 */
@RuleInfo(
    id = "VNL209",
    name = "Vnet2VnetOnPolicyBasedGateway",
    level = Level.ERROR,
    shortDescription = "A Vnet2Vnet connection uses a policy-based gateway",
    fullDescription = "A connection of type Vnet2Vnet has a PolicyBased virtual network gateway on one of its two "
        + "sides. VNet-to-VNet connections need route-based gateways on both sides; a policy-based gateway "
        + "supports a single site-to-site IPsec connection only. The VPN type of a gateway cannot be changed: "
        + "the gateway must be deleted and recreated as RouteBased.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, configuration: VNet-to-VNet connections between route-based VPN gateways",
    tags = {"network", "vpn", "connection", "vpn-type"},
    precision = "very-high")
public final class Vnet2VnetOnPolicyBasedGateway implements Rule {

  private static final String POLICY_BASED = "PolicyBased";

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    Map<VirtualNetworkGateway, List<Connection>> usedBy = new IdentityHashMap<>();
    List<VirtualNetworkGateway> unknownType = new ArrayList<>();
    for (Connection c : graph.all(Connection.class)) {
      if (!c.isType("Vnet2Vnet")) {
        continue;
      }
      SourceRange header = c.header().range();
      side(graph.gateway1(c), c, c.virtualNetworkGateway1().rangeOr(header), usedBy, unknownType, findings);
      side(graph.gateway2(c), c, c.virtualNetworkGateway2().rangeOr(header), usedBy, unknownType, findings);
    }
    for (VirtualNetworkGateway g : unknownType) {
      if (!usedBy.containsKey(g)) {
        findings.notChecked(g, g.vpnType().rangeOr(g.header().range()),
            "it is used by a Vnet2Vnet connection and its VPN type is unknown ("
                + g.vpnType().unknownReason().orElse("") + ")");
      }
    }
    List<VirtualNetworkGateway> gateways = new ArrayList<>(usedBy.keySet());
    gateways.sort(SourceOrder.RESOURCES);
    for (VirtualNetworkGateway g : gateways) {
      report(g, usedBy.get(g), findings);
    }
  }

  private static void side(Resolution ref, Connection c, SourceRange at, Map<VirtualNetworkGateway,
      List<Connection>> usedBy, List<VirtualNetworkGateway> unknownType, Findings findings) {
    if (ref.isUncertain()) {
      findings.notChecked(c, at, "one of its gateways is uncertain: " + ref.explain());
      return;
    }
    ref.resource(VirtualNetworkGateway.class).ifPresent(g -> {
      Field<String> vpnType = g.vpnType();
      if (vpnType.isUnknown()) {
        if (!unknownType.contains(g)) {
          unknownType.add(g);
        }
        return;
      }
      boolean policyBased = vpnType.known().map(t -> t.trim().equalsIgnoreCase(POLICY_BASED)).orElse(false);
      if (policyBased) {
        List<Connection> list = usedBy.computeIfAbsent(g, k -> new ArrayList<>());
        if (!list.contains(c)) {
          list.add(c);
        }
      }
    });
  }

  private static void report(VirtualNetworkGateway g, List<Connection> connections, Findings findings) {
    SourceRange header = g.header().range();
    List<String> names = connections.stream().map(c -> "'" + c.header().displayName() + "'").toList();
    String message = g.describe() + " is PolicyBased, but Vnet2Vnet connection"
        + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
        + (names.size() == 1 ? " uses" : " use") + " it; VNet-to-VNet needs route-based gateways on both sides, "
        + "and the VPN type cannot be changed: recreate the gateway as RouteBased";
    Findings.Report r = findings.report(g, "vpnType", g.vpnType().rangeOr(header), message);
    for (Connection c : connections) {
      r.related(c, c.connectionType().rangeOr(c.header().range()), "Vnet2Vnet " + c.describe());
    }
  }
}
