package io.vnetlint.rules.hygiene;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VNL906: a virtual network holds at most one VPN gateway and at most one ExpressRoute gateway. */
@RuleInfo(
    id = "VNL906",
    name = "MultipleGatewaysOfType",
    level = Level.ERROR,
    shortDescription = "A virtual network has more than one VPN gateway or more than one ExpressRoute gateway",
    fullDescription = "Two or more virtual network gateways of the same type (Vpn, or ExpressRoute) are placed in "
        + "the GatewaySubnet of one virtual network. A virtual network can have one VPN gateway and one "
        + "ExpressRoute gateway; the second gateway of a type fails to deploy.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "expressroute", "gateway-subnet"},
    precision = "high")
public final class MultipleGatewaysOfType implements Rule {

  /**
   * One gateway per resource id: a template or module deployed twice with the same names (AVM's idempotency
   * tests do this) declares the same gateway twice, which Azure treats as one resource.
   */
  private static List<VirtualNetworkGateway> distinctResources(List<VirtualNetworkGateway> gateways) {
    java.util.Map<String, VirtualNetworkGateway> byId = new java.util.LinkedHashMap<>();
    for (VirtualNetworkGateway g : gateways) {
      byId.putIfAbsent(g.header().id().toString().toLowerCase(java.util.Locale.ROOT), g);
    }
    return new ArrayList<>(byId.values());
  }

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (AzureResource network : graph.resources()) {
      List<VirtualNetworkGateway> gateways = distinctResources(graph.gatewaysOf(network));
      if (gateways.size() < 2) {
        continue;
      }
      List<VirtualNetworkGateway> vpn = new ArrayList<>();
      List<VirtualNetworkGateway> expressRoute = new ArrayList<>();
      List<VirtualNetworkGateway> unknown = new ArrayList<>();
      for (VirtualNetworkGateway g : gateways) {
        if (g.gatewayType().isUnknown()) {
          unknown.add(g);
        } else if (g.isExpressRoute()) {
          expressRoute.add(g);
        } else if (g.isVpn()) {
          vpn.add(g);
        }
      }
      for (VirtualNetworkGateway g : unknown) {
        findings.notChecked(g, g.gatewayType().rangeOr(g.header().range()), "its gateway type is unknown ("
            + g.gatewayType().unknownReason().orElse("") + "), and " + network.describe()
            + " has other gateways");
      }
      report(network, vpn, "VPN", findings);
      report(network, expressRoute, "ExpressRoute", findings);
    }
  }

  /** Reports every gateway that has an earlier gateway of the same type in the same deployment variant. */
  private static void report(
      AzureResource network, List<VirtualNetworkGateway> sameType, String type, Findings findings) {
    List<VirtualNetworkGateway> sorted = new ArrayList<>(sameType);
    sorted.sort(SourceOrder.RESOURCES);
    for (int i = 1; i < sorted.size(); i++) {
      VirtualNetworkGateway later = sorted.get(i);
      Optional<VirtualNetworkGateway> first = sorted.subList(0, i).stream()
          .filter(g -> g.header().origin().compatibleWith(later.header().origin())
              || !g.header().origin().file().equals(later.header().origin().file()))
          .findFirst();
      if (first.isEmpty()) {
        continue;
      }
      String message = later.describe() + " is a second " + type + " gateway in " + network.describe() + ", which "
          + "already has " + first.get().describe() + "; a virtual network can hold only one " + type
          + " gateway: remove one, or connect the networks instead";
      findings.report(later, "", later.header().range(), message)
          .related(first.get(), first.get().header().range(), "the first " + type + " gateway of "
              + network.describe())
          .related(network, network.header().range(), "the " + network.describe() + " holding both gateways");
    }
  }
}
