package io.vnetlint.rules.multisite;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySkus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * VNL404: each SKU has a maximum number of site-to-site and VNet-to-VNet tunnels (facts section A). Every
 * IPsec or Vnet2Vnet connection a gateway owns is one tunnel of that gateway. One finding per gateway, on its SKU.
 */
@RuleInfo(
    id = "VNL404",
    name = "TunnelLimitExceeded",
    level = Level.WARNING,
    shortDescription = "A gateway has more site-to-site and VNet-to-VNet connections than its SKU allows",
    fullDescription = "A VPN gateway owns more site-to-site (IPsec) and VNet-to-VNet connections than the tunnel "
        + "limit of its SKU: PolicyBased 1, Basic 10, VpnGw1-3 and VpnGw1AZ-3AZ 30, VpnGw4-5 and VpnGw4AZ-5AZ 100, "
        + "legacy Standard 10, HighPerformance 30. The connections beyond the limit cannot be established.",
    scenario = "Scenario 3: multi-site and ExpressRoute coexistence",
    guideStep = "Scenario 3, multi-site: the number of sites a gateway can connect depends on its SKU",
    tags = {"network", "vpn", "multi-site", "sku"},
    precision = "high")
public final class TunnelLimitExceeded implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      if (!g.isVpn()) {
        continue;
      }
      List<Connection> owned = graph.connectionsOf(g);
      List<Connection> tunnels = owned.stream().filter(c -> c.isType("IPsec") || c.isType("Vnet2Vnet")).toList();
      long unknownType = owned.stream().filter(c -> c.connectionType().isUnknown()).count();
      if (tunnels.size() + unknownType < 2) {
        continue; // every gateway allows one tunnel
      }
      SourceRange at = g.sku().rangeOr(g.header().range());
      if (g.vpnType().isUnknown() || g.sku().isUnknown()) {
        findings.notChecked(g, at, "it has " + (tunnels.size() + unknownType) + " connections and its "
            + (g.vpnType().isUnknown() ? "VPN type" : "SKU") + " is unknown");
        continue;
      }
      boolean policyBased = g.vpnType().known().map(t -> t.trim().equalsIgnoreCase("PolicyBased")).orElse(false);
      Optional<String> sku = g.sku().known();
      Optional<Integer> limit = policyBased ? Optional.of(1) : sku.flatMap(TunnelLimitExceeded::limitOf);
      if (limit.isEmpty() || tunnels.size() + unknownType <= limit.get()) {
        continue;
      }
      String skuText = policyBased ? "PolicyBased" : "SKU " + sku.orElse("");
      if (tunnels.size() <= limit.get()) {
        findings.notChecked(g, at, "the type of some of its connections is unknown and " + skuText
            + " allows " + limit.get() + " tunnels");
        continue;
      }
      String message = g.describe() + " owns " + tunnels.size() + " site-to-site and VNet-to-VNet connections, but "
          + skuText + " allows at most " + limit.get() + " tunnel" + (limit.get() == 1 ? "" : "s")
          + "; the connections beyond the limit cannot be established: choose a larger SKU"
          + (policyBased ? " on a RouteBased gateway" : "") + " or spread the sites over several gateways";
      Findings.Report r = findings.report(g, "sku", at, message);
      for (Connection c : tunnels) {
        r.related(c, c.virtualNetworkGateway1().rangeOr(c.header().range()), c.describe());
      }
    }
  }

  /** The S2S/VNet-to-VNet tunnel limit of a route-based VPN SKU (facts section A), or empty if not known. */
  static Optional<Integer> limitOf(String sku) {
    Optional<Integer> tier = GatewaySkus.vpnGwTier(sku);
    if (tier.isPresent()) {
      return Optional.of(tier.get() <= 3 ? 30 : 100);
    }
    return switch (sku.trim().toLowerCase(Locale.ROOT)) {
      case "basic", "standard" -> Optional.of(10);
      case "highperformance" -> Optional.of(30);
      default -> Optional.empty();
    };
  }
}
