package io.vnetlint.rules.transit;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * VNL501: point-to-site clients of a gateway reach the networks behind its site-to-site and VNet-to-VNet
 * connections only through BGP, and never through a Vnet2Vnet connection (it does not carry the client pool).
 * A connection's {@code enableBgp} defaults to false; unknown flags are left out.
 */
@RuleInfo(
    id = "VNL501",
    name = "PointToSiteTransitWithoutBgp",
    level = Level.WARNING,
    shortDescription = "Point-to-site clients cannot reach the networks behind this connection",
    fullDescription = "A gateway has a VPN client configuration (point-to-site) and a site-to-site or VNet-to-VNet "
        + "connection that does not enable BGP, or that is of type Vnet2Vnet. Point-to-site clients reach the "
        + "networks behind such connections only when the connection runs BGP, and a Vnet2Vnet connection never "
        + "carries the client address pool: the clients cannot reach those networks.",
    scenario = "Scenario 4: transit routing",
    guideStep = "Scenario 4, configuration 3: point-to-site clients through site-to-site or VNet-to-VNet",
    tags = {"network", "vpn", "p2s", "bgp", "transit", "connection"},
    precision = "high")
public final class PointToSiteTransitWithoutBgp implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.isVpn()) {
        check(graph, gateway, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, VirtualNetworkGateway gateway, Findings findings) {
    List<Connection> connections = graph.connectionsOf(gateway).stream()
        .filter(c -> c.isType("IPsec") || c.isType("Vnet2Vnet")).toList();
    Field<VirtualNetworkGateway.VpnClientConfiguration> clients = gateway.vpnClientConfiguration();
    if (connections.isEmpty() || clients.isAbsent()) {
      return;
    }
    String gatewayName = gateway.header().displayName();
    if (clients.isUnknown()) {
      findings.notChecked(gateway, clients.rangeOr(gateway.header().range()),
          "whether gateway '" + gatewayName + "' has a VPN client configuration is unknown");
      return;
    }
    for (Connection c : connections) {
      Optional<Boolean> bgp = c.enableBgp().valueOr(false);
      String message;
      Findings.Report report;
      if (c.isType("Vnet2Vnet")) {
        message = c.describe() + " is of type Vnet2Vnet, which does not carry the point-to-site client address "
            + "pool of gateway '" + gatewayName + "': its clients cannot reach the peer virtual network (use an "
            + "IPsec connection with BGP, or peering)";
        report = findings.report(c, "connectionType", c.connectionType().rangeOr(c.header().range()), message);
      } else if (bgp.isPresent() && !bgp.get()) {
        String how = c.enableBgp().isAbsent() ? "does not enable BGP (enableBgp defaults to false)"
            : "sets enableBgp to false";
        message = c.describe() + " " + how + ": the point-to-site clients of gateway '" + gatewayName
            + "' cannot reach the networks behind it";
        report = findings.report(c, "enableBgp", c.enableBgp().rangeOr(c.header().range()), message);
      } else {
        continue;
      }
      report.related(gateway, clients.rangeOr(gateway.header().range()),
          "VPN client configuration (point-to-site) of gateway '" + gatewayName + "'");
    }
  }
}
