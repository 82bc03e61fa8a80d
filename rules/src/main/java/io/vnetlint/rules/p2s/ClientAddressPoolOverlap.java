package io.vnetlint.rules.p2s;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.VpnClientConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VNL302: the client address pool must not overlap the networks point-to-site clients reach: the gateway's
 * virtual network, its peered virtual networks, and the networks behind the gateway's connections (local network
 * gateways' prefixes, the peer gateway's virtual network). One finding per gateway, at the pool.
 */
@RuleInfo(
    id = "VNL302",
    name = "ClientAddressPoolOverlap",
    level = Level.ERROR,
    shortDescription = "The VPN client address pool overlaps a connected network",
    fullDescription = "The point-to-site client address pool of a virtual network gateway intersects the "
        + "gateway's virtual network, a peered virtual network, or a network reachable through the gateway's "
        + "connections. Clients get addresses that also exist on the other side, and traffic to them is routed "
        + "to the wrong place.",
    scenario = "Scenario 2: point-to-site",
    guideStep = "Scenario 2, configuration: the client address pool must not overlap the virtual network",
    tags = {"network", "vpn", "point-to-site", "address-space"},
    precision = "high")
public final class ClientAddressPoolOverlap implements Rule {

  /** A network clients can reach: the resource, its prefixes, and how to name its role. */
  private record Reachable(AzureResource resource, Field<PrefixList> prefixes, String role) {}

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.vpnClientConfiguration() instanceof Field.Known<VpnClientConfiguration> config
          && !gateway.isExpressRoute()) {
        check(graph, gateway, config.value(), findings);
      }
    }
  }

  private static void check(
      ResourceGraph graph, VirtualNetworkGateway gateway, VpnClientConfiguration config, Findings findings) {
    Field<PrefixList> poolField = config.addressPool();
    if (poolField.isUnknown()) {
      findings.notChecked(gateway, poolField.rangeOr(config.range()),
          "its VPN client address pool is unknown (" + poolField.unknownReason().orElse("") + ")");
      return;
    }
    Optional<PrefixList> pool = poolField.known();
    if (pool.isEmpty() || pool.get().prefixes().isEmpty()) {
      return; // no pool: VNL306
    }
    List<String> overlaps = new ArrayList<>();
    Map<Reachable, String> related = new LinkedHashMap<>();
    for (Reachable r : reachable(graph, gateway)) {
      if (r.prefixes().isUnknown()) {
        findings.notChecked(gateway, r.prefixes().rangeOr(r.resource().header().range()),
            "the prefixes of " + r.resource().describe() + " are unknown ("
                + r.prefixes().unknownReason().orElse("") + ")");
        continue;
      }
      Optional<PrefixList> theirs = r.prefixes().known();
      if (theirs.isEmpty()) {
        continue;
      }
      List<AddressPrefix[]> pairs = pool.get().overlapsWith(theirs.get());
      for (AddressPrefix[] pair : pairs) {
        overlaps.add(pair[0].text() + " overlaps " + pair[1].text() + " of " + r.resource().describe());
      }
      if (!pairs.isEmpty()) {
        related.put(r, r.role() + " (" + theirs.get().describe() + ")");
      }
    }
    if (overlaps.isEmpty()) {
      return;
    }
    String message = gateway.describe() + " has a VPN client address pool that overlaps networks its "
        + "point-to-site clients reach: " + String.join(", ", overlaps) + "; use a pool that overlaps neither the "
        + "virtual network nor the networks connected to it";
    Findings.Report report = findings.report(gateway, "vpnClientAddressPool", poolField.rangeOr(config.range()),
        message);
    related.forEach((r, role) -> report.related(r.resource(),
        r.prefixes().rangeOr(r.resource().header().range()), role));
  }

  private static List<Reachable> reachable(ResourceGraph graph, VirtualNetworkGateway gateway) {
    List<Reachable> out = new ArrayList<>();
    Optional<AzureResource> own = graph.virtualNetworkOf(gateway).filter(Networks::isNetwork);
    own.ifPresent(n -> {
      out.add(new Reachable(n, Networks.addressSpace(n), "the gateway's " + n.describe()));
      for (Peering p : graph.peeringsOf(n)) {
        Resolution remote = graph.remoteNetwork(p);
        remote.resource().filter(Networks::isNetwork).filter(r -> r != n).ifPresent(r ->
            out.add(new Reachable(r, Networks.addressSpace(r), "peered " + r.describe())));
      }
    });
    for (Connection c : graph.connectionsOf(gateway)) {
      if (c.isType("IPsec")) {
        graph.localNetworkGateway(c).resource(LocalNetworkGateway.class).ifPresent(l ->
            out.add(new Reachable(l, l.addressPrefixes(), "on-premises prefixes of " + l.describe())));
      } else if (c.isType("Vnet2Vnet")) {
        graph.gateway2(c).resource(VirtualNetworkGateway.class).flatMap(graph::virtualNetworkOf)
            .filter(Networks::isNetwork).filter(r -> own.map(o -> o != r).orElse(true))
            .ifPresent(r -> out.add(new Reachable(r, Networks.addressSpace(r),
                "the peer gateway's " + r.describe())));
      }
    }
    return out;
  }
}
