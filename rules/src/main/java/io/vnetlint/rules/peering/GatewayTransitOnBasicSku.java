package io.vnetlint.rules.peering;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VNL108: gateway transit through a Basic VPN gateway, which does not support it. */
@RuleInfo(
    id = "VNL108",
    name = "GatewayTransitOnBasicSku",
    level = Level.ERROR,
    shortDescription = "Gateway transit is offered or used through a Basic SKU VPN gateway",
    fullDescription = "A peering from A to B sets allowGatewayTransit while A's VPN gateway has SKU Basic, or sets "
        + "useRemoteGateways while B's VPN gateway has SKU Basic. The Basic SKU does not support gateway transit "
        + "over virtual network peering.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: gateway transit through the hub's VPN gateway",
    tags = {"network", "peering", "gateway-transit", "sku"},
    precision = "high")
public final class GatewayTransitOnBasicSku implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      check(graph, findings, peering, peering.allowGatewayTransit(), "allowGatewayTransit",
          graph.localNetwork(peering), "its");
      check(graph, findings, peering, peering.useRemoteGateways(), "useRemoteGateways",
          graph.remoteNetwork(peering), "its remote");
    }
  }

  /** One flag of a peering and the network whose gateway the flag involves. */
  private static void check(ResourceGraph graph, Findings findings, Peering peering, Field<Boolean> flag,
      String attribute, Resolution networkRef, String whose) {
    Optional<Boolean> set = flag.valueOr(false);
    if (set.isPresent() && !set.get()) {
      return;
    }
    Optional<VirtualNetwork> network = networkRef.resource(VirtualNetwork.class);
    if (network.isEmpty()) {
      return; // unknown, ambiguous or outside the scan: other peering rules record what they could not check
    }
    List<VirtualNetworkGateway> basic = new ArrayList<>();
    for (VirtualNetworkGateway g : graph.gatewaysOf(network.get())) {
      if (g.isExpressRoute()) {
        continue;
      }
      Optional<String> sku = g.sku().known();
      if (g.sku().isUnknown()) {
        if (set.isPresent()) {
          findings.notChecked(peering, flag.rangeOr(peering.header().range()), "the SKU of " + g.describe()
              + " in " + network.get().describe() + " is unknown (" + g.sku().unknownReason().orElse("") + ")");
        }
      } else if (sku.isPresent() && sku.get().equalsIgnoreCase("Basic")) {
        basic.add(g);
      }
    }
    if (basic.isEmpty()) {
      return;
    }
    SourceRange at = flag.rangeOr(peering.header().range());
    if (set.isEmpty()) {
      findings.notChecked(peering, at, attribute + " is unknown (" + flag.unknownReason().orElse("") + ") and "
          + network.get().describe() + " has a Basic SKU VPN gateway");
      return;
    }
    List<String> names = new ArrayList<>();
    for (VirtualNetworkGateway g : basic) {
      names.add(g.describe());
    }
    String action = attribute.equals("allowGatewayTransit") ? "allows gateway transit" : "uses remote gateways";
    String message = peering.describe() + " " + action + ", but " + whose + " " + network.get().describe()
        + " has " + String.join(" and ", names) + " of SKU Basic, which does not support gateway transit";
    Findings.Report report = findings.report(peering, attribute, at, message);
    for (VirtualNetworkGateway g : basic) {
      report.related(g, g.sku().rangeOr(g.header().range()),
          g.describe() + " of SKU Basic in " + network.get().describe());
    }
  }
}
