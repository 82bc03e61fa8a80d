package io.vnetlint.rules.multisite;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.List;

/**
 * VNL401: a policy-based gateway supports exactly one site-to-site tunnel, so a multi-site configuration on it
 * cannot work. One finding per gateway, on its {@code vpnType}; the connections are related locations.
 */
@RuleInfo(
    id = "VNL401",
    name = "PolicyBasedMultipleConnections",
    level = Level.ERROR,
    shortDescription = "A policy-based gateway has more than one site-to-site connection",
    fullDescription = "A PolicyBased virtual network gateway owns more than one site-to-site (IPsec) connection. A "
        + "policy-based gateway (Basic SKU only) supports a single site-to-site tunnel and no multi-site "
        + "configuration, so only one of the connections can work. The VPN type cannot be changed in place: the "
        + "gateway must be recreated as RouteBased.",
    scenario = "Scenario 3: multi-site and ExpressRoute coexistence",
    guideStep = "Scenario 3, multi-site: add several site-to-site connections to one route-based VPN gateway",
    tags = {"network", "vpn", "multi-site", "vpn-type"},
    precision = "very-high")
public final class PolicyBasedMultipleConnections implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      if (!g.isVpn()) {
        continue;
      }
      List<Connection> owned = graph.connectionsOf(g);
      List<Connection> siteToSite = owned.stream().filter(c -> c.isType("IPsec")).toList();
      long unknownType = owned.stream().filter(c -> c.connectionType().isUnknown()).count();
      if (siteToSite.size() + unknownType < 2) {
        continue;
      }
      SourceRange at = g.vpnType().rangeOr(g.header().range());
      if (g.vpnType().isUnknown()) {
        findings.notChecked(g, at, "it has several connections and its VPN type is unknown ("
            + g.vpnType().unknownReason().orElse("") + ")");
        continue;
      }
      boolean policyBased = g.vpnType().known().map(t -> t.trim().equalsIgnoreCase("PolicyBased")).orElse(false);
      if (!policyBased) {
        continue;
      }
      if (siteToSite.size() < 2) {
        findings.notChecked(g, at, "it is PolicyBased and the type of some of its connections is unknown");
        continue;
      }
      List<String> names = siteToSite.stream().map(c -> "'" + c.header().displayName() + "'").toList();
      String message = g.describe() + " is PolicyBased and has " + siteToSite.size()
          + " site-to-site connections (" + String.join(", ", names) + "); a policy-based gateway supports one "
          + "site-to-site tunnel and no multi-site configuration: recreate it as RouteBased (VpnGw1AZ or larger)";
      Findings.Report r = findings.report(g, "vpnType", at, message);
      for (Connection c : siteToSite) {
        r.related(c, c.virtualNetworkGateway1().rangeOr(c.header().range()), "site-to-site " + c.describe());
      }
    }
  }
}
