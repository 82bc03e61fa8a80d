package io.vnetlint.rules.transit;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * VNL503: ExpressRoute and site-to-site VPN coexist in one virtual network without a Route Server. Azure does not
 * route between the on-premises networks behind the two natively; only a Route Server with branch-to-branch does.
 * Reported on the VPN gateway, which owns the site-to-site connections.
 */
@RuleInfo(
    id = "VNL503",
    name = "ExpressRouteVpnTransitUnsupported",
    level = Level.NOTE,
    shortDescription = "No transit between ExpressRoute and site-to-site VPN in this virtual network",
    fullDescription = "A virtual network has an ExpressRoute gateway and a VPN gateway with site-to-site "
        + "connections, and no Azure Route Server. Azure does not route between the on-premises networks connected "
        + "through ExpressRoute and those connected through the site-to-site VPN: each reaches the virtual network, "
        + "but not the other. Transit between them needs a Route Server with branch-to-branch traffic enabled.",
    scenario = "Scenario 4: transit routing",
    guideStep = "Scenario 4, configuration 2: ExpressRoute and site-to-site coexistence",
    tags = {"network", "vpn", "expressroute", "transit"},
    precision = "high")
public final class ExpressRouteVpnTransitUnsupported implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway vpn : graph.all(VirtualNetworkGateway.class)) {
      if (vpn.isVpn()) {
        check(graph, vpn, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, VirtualNetworkGateway vpn, Findings findings) {
    Optional<AzureResource> network = graph.virtualNetworkOf(vpn);
    if (network.isEmpty()) {
      return;
    }
    List<Connection> siteToSite = graph.connectionsOf(vpn).stream().filter(c -> c.isType("IPsec")).toList();
    List<VirtualNetworkGateway> expressRoute =
        graph.gatewaysOf(network.get()).stream().filter(VirtualNetworkGateway::isExpressRoute).toList();
    if (siteToSite.isEmpty() || expressRoute.isEmpty() || !graph.routeServersOf(network.get()).isEmpty()) {
      return;
    }
    Optional<String> unclear = unclearRouteServer(graph);
    if (unclear.isPresent()) {
      findings.notChecked(vpn, vpn.header().range(), unclear.get());
      return;
    }
    String networkName = network.get().header().displayName();
    VirtualNetworkGateway er = expressRoute.get(0);
    List<String> names = siteToSite.stream().map(c -> "'" + c.header().displayName() + "'").toList();
    String message = "Virtual network '" + networkName + "' has ExpressRoute gateway '" + er.header().displayName()
        + "' and VPN gateway '" + vpn.header().displayName() + "' with site-to-site connection(s) "
        + String.join(", ", names) + ", and no Route Server: Azure gives no transit between the ExpressRoute "
        + "networks and the VPN sites";
    Findings.Report report = findings.report(vpn, "", vpn.header().range(), message)
        .related(network.get(), network.get().header().range(), "virtual network '" + networkName + "'")
        .related(er, er.header().range(), "ExpressRoute gateway '" + er.header().displayName() + "'");
    for (Connection c : siteToSite) {
      report.related(c, c.header().range(), "site-to-site connection '" + c.header().displayName() + "'");
    }
  }

  /** Why a Route Server of the scan might sit in any network: its subnet or that subnet's network is unclear. */
  private static Optional<String> unclearRouteServer(ResourceGraph graph) {
    for (RouteServer rs : graph.all(RouteServer.class)) {
      Resolution subnetRef = graph.resolve(rs.subnet(), rs);
      if (subnetRef.isUncertain()) {
        return Optional.of("the subnet of " + rs.describe() + " cannot be identified: " + subnetRef.explain());
      }
      Optional<Subnet> subnet = subnetRef.resource(Subnet.class);
      if (subnet.isPresent()) {
        Resolution vnet = graph.resolve(subnet.get().virtualNetwork(), subnet.get());
        if (vnet.isUncertain()) {
          return Optional.of("the virtual network of " + subnet.get().describe() + " (used by " + rs.describe()
              + ") cannot be identified: " + vnet.explain());
        }
      }
    }
    return Optional.empty();
  }
}
