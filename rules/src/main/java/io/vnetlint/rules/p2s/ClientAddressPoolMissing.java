package io.vnetlint.rules.p2s;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.VpnClientConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;

/** VNL306: point-to-site clients get their addresses from the client address pool, which has no default. */
@RuleInfo(
    id = "VNL306",
    name = "ClientAddressPoolMissing",
    level = Level.ERROR,
    shortDescription = "A VPN client configuration has no client address pool",
    fullDescription = "A virtual network gateway has a point-to-site (VPN client) configuration without a client "
        + "address pool. Azure has no default pool: the gateway cannot hand addresses to connecting clients, and "
        + "Azure rejects the configuration.",
    scenario = "Scenario 2: point-to-site",
    guideStep = "Scenario 2, configuration: add the client address pool to the virtual network gateway",
    tags = {"network", "vpn", "point-to-site"},
    precision = "very-high")
public final class ClientAddressPoolMissing implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.vpnClientConfiguration() instanceof Field.Known<VpnClientConfiguration> config) {
        check(gateway, config.value(), findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, VpnClientConfiguration config, Findings findings) {
    Field<PrefixList> pool = config.addressPool();
    if (pool.isUnknown()) {
      findings.notChecked(gateway, pool.rangeOr(config.range()),
          "its VPN client address pool is unknown (" + pool.unknownReason().orElse("") + ")");
      return;
    }
    boolean missing = pool.isAbsent() || pool.known().map(p -> p.isEmpty() && p.fullyKnown()).orElse(false);
    if (!missing) {
      return;
    }
    String message = gateway.describe() + " has a VPN client configuration without a client address pool; "
        + "point-to-site clients get their addresses from that pool and Azure has no default, so set a private "
        + "range that overlaps neither the virtual network nor the networks it connects to";
    findings.report(gateway, "vpnClientAddressPool", pool.rangeOr(config.range()), message);
  }
}
