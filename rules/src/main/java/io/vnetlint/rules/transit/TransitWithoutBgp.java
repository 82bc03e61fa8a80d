package io.vnetlint.rules.transit;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * VNL502: a gateway enables BGP on some of its VPN connections and not on others. Transit across a gateway needs
 * BGP on every intermediate connection, so the networks behind the static ones are cut off from the rest. A
 * connection's {@code enableBgp} defaults to false; connections whose flag is unknown are left out.
 */
@RuleInfo(
    id = "VNL502",
    name = "TransitWithoutBgp",
    level = Level.WARNING,
    shortDescription = "A gateway enables BGP on some VPN connections but not on this one: no transit for it",
    fullDescription = "A virtual network gateway enables BGP on some of the site-to-site or VNet-to-VNet "
        + "connections it owns and not on others. Transit routing across VPN gateways needs BGP on every "
        + "intermediate connection, so the networks behind a connection without BGP reach the gateway's virtual "
        + "network but not the networks behind its BGP connections, and the other way round.",
    scenario = "Scenario 4: transit routing",
    guideStep = "Scenario 4, configurations 4 and 5: enable BGP on all intermediate connections",
    tags = {"network", "vpn", "bgp", "transit", "connection"},
    precision = "high")
public final class TransitWithoutBgp implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.isVpn()) {
        check(graph, gateway, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, VirtualNetworkGateway gateway, Findings findings) {
    List<Connection> withBgp = new ArrayList<>();
    List<Connection> withoutBgp = new ArrayList<>();
    for (Connection c : graph.connectionsOf(gateway)) {
      if (!c.isType("IPsec") && !c.isType("Vnet2Vnet")) {
        continue;
      }
      c.enableBgp().valueOr(false).ifPresent(on -> (on ? withBgp : withoutBgp).add(c));
    }
    if (withBgp.isEmpty() || withoutBgp.isEmpty()) {
      return;
    }
    String gatewayName = gateway.header().displayName();
    List<String> bgpNames = withBgp.stream().map(c -> "'" + c.header().displayName() + "'").toList();
    for (Connection c : withoutBgp) {
      Field<Boolean> flag = c.enableBgp();
      String how = flag.isAbsent() ? "does not enable BGP (enableBgp defaults to false)" : "sets enableBgp to false";
      String message = c.describe() + " " + how + ", while gateway '" + gatewayName
          + "' enables BGP on its connection(s) " + String.join(", ", bgpNames)
          + ": the networks behind this connection get no transit to the networks behind the BGP connections";
      Findings.Report report = findings.report(c, "enableBgp", flag.rangeOr(c.header().range()), message)
          .related(gateway, gateway.header().range(), "gateway '" + gatewayName + "', which owns both connections");
      for (Connection bgp : withBgp) {
        report.related(bgp, bgp.enableBgp().rangeOr(bgp.header().range()),
            "connection '" + bgp.header().displayName() + "', which enables BGP");
      }
    }
  }
}
