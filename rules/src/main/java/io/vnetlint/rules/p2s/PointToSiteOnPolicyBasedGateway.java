package io.vnetlint.rules.p2s;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.VpnClientConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;

/** VNL301: policy-based gateways have no point-to-site. */
@RuleInfo(
    id = "VNL301",
    name = "PointToSiteOnPolicyBasedGateway",
    level = Level.ERROR,
    shortDescription = "A PolicyBased gateway has a VPN client configuration",
    fullDescription = "A PolicyBased virtual network gateway has a point-to-site (VPN client) configuration. "
        + "Policy-based gateways (Basic SKU only) do not support point-to-site at all; point-to-site needs a "
        + "RouteBased gateway.",
    scenario = "Scenario 2: point-to-site",
    guideStep = "Scenario 2, configuration: point-to-site needs a route-based VPN gateway",
    tags = {"network", "vpn", "point-to-site"},
    precision = "very-high")
public final class PointToSiteOnPolicyBasedGateway implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.vpnClientConfiguration() instanceof Field.Known<VpnClientConfiguration> config
          && !gateway.isExpressRoute()) {
        check(gateway, config.value(), findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, VpnClientConfiguration config, Findings findings) {
    SourceRange header = gateway.header().range();
    Field<String> vpnType = gateway.vpnType();
    if (vpnType.isUnknown()) {
      findings.notChecked(gateway, vpnType.rangeOr(header),
          "its VPN type is unknown (" + vpnType.unknownReason().orElse("") + ")");
      return;
    }
    boolean policyBased = vpnType.valueOr("RouteBased").map(t -> t.trim().equalsIgnoreCase("PolicyBased"))
        .orElse(false);
    if (!policyBased) {
      return;
    }
    String message = gateway.describe() + " is PolicyBased and has a VPN client configuration, but policy-based "
        + "gateways do not support point-to-site; use a RouteBased gateway (VpnGw1AZ or larger), which means "
        + "recreating the gateway";
    findings.report(gateway, "vpnType", vpnType.rangeOr(header), message)
        .related(config.range(), "VPN client configuration (point-to-site)");
  }
}
