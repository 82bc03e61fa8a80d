package io.vnetlint.rules.bgp;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * VNL608: the on-premises BGP peer address must be reachable through the tunnel, so it cannot be an address of
 * the Azure virtual network the gateway sits in. One finding per local network gateway, on its peering address.
 */
@RuleInfo(
    id = "VNL608",
    name = "BgpPeerAddressInsideVnet",
    level = Level.ERROR,
    shortDescription = "A local network gateway's BGP peer address lies inside the Azure virtual network",
    fullDescription = "The BGP peering address of a local network gateway lies inside the address space of the "
        + "virtual network of a gateway it is connected to. Azure routes that address inside the virtual network, "
        + "not through the tunnel, so the BGP session cannot reach the on-premises device.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 2: the BGP peer IP address of the on-premises VPN device",
    tags = {"network", "vpn", "bgp", "local-network-gateway"},
    precision = "very-high")
public final class BgpPeerAddressInsideVnet implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    Set<LocalNetworkGateway> reported = new HashSet<>();
    for (Connection c : graph.all(Connection.class)) {
      if (!c.isType("IPsec")) {
        continue;
      }
      Resolution ref = graph.localNetworkGateway(c);
      Optional<LocalNetworkGateway> lng = ref.resource(LocalNetworkGateway.class);
      Optional<VirtualNetworkGateway> gateway = graph.gateway1(c).resource(VirtualNetworkGateway.class);
      if (lng.isPresent() && gateway.isPresent() && !reported.contains(lng.get())
          && check(graph, c, lng.get(), gateway.get(), findings)) {
        reported.add(lng.get());
      }
    }
  }

  /** Reports and returns true when the local network gateway's peer address lies in the gateway's network. */
  private static boolean check(
      ResourceGraph graph, Connection c, LocalNetworkGateway lng, VirtualNetworkGateway gateway, Findings findings) {
    Field<BgpSettings> settings = lng.bgpSettings();
    if (!settings.isKnown()) {
      return false; // unknown settings are recorded by VNL604/VNL605
    }
    BgpSettings bgp = settings.known().orElseThrow();
    Field<String> address = bgp.peeringAddress();
    SourceRange at = address.rangeOr(bgp.range());
    if (address.isUnknown()) {
      findings.notChecked(lng, at, "its BGP peering address is unknown ("
          + address.unknownReason().orElse("") + ")");
      return false;
    }
    Optional<AddressPrefix> peer = address.known().flatMap(a -> AddressPrefix.parse(a, at));
    if (peer.isEmpty()) {
      return false;
    }
    Optional<AzureResource> vnet = graph.virtualNetworkOf(gateway);
    if (vnet.isEmpty()) {
      return false;
    }
    Optional<Field<PrefixList>> space = ResourceGraph.addressSpaceOf(vnet.get());
    if (space.isEmpty() || !space.get().isKnown()) {
      if (space.isPresent() && space.get().isUnknown()) {
        findings.notChecked(lng, at, "the address space of virtual network '" + vnet.get().header().displayName()
            + "' is unknown (" + space.get().unknownReason().orElse("") + ")");
      }
      return false;
    }
    PrefixList prefixes = space.get().known().orElseThrow();
    if (!prefixes.covers(peer.get())) {
      if (!prefixes.fullyKnown()) {
        findings.notChecked(lng, at, "part of the address space of virtual network '"
            + vnet.get().header().displayName() + "' is unknown");
      }
      return false;
    }
    String message = "local network gateway '" + lng.header().displayName() + "' has BGP peering address '"
        + peer.get().text() + "', which lies inside the address space (" + prefixes.describe()
        + ") of virtual network '" + vnet.get().header().displayName() + "' of gateway '"
        + gateway.header().displayName() + "'; the on-premises BGP peer address must be an address of the "
        + "on-premises network, reached through the tunnel";
    findings.report(lng, "bgpSettings.bgpPeeringAddress", at, message)
        .related(vnet.get(), space.get().rangeOr(vnet.get().header().range()), "virtual network '"
            + vnet.get().header().displayName() + "' (address space " + prefixes.describe() + ")")
        .related(c, c.localNetworkGateway2().rangeOr(c.header().range()), "connection '"
            + c.header().displayName() + "' from gateway '" + gateway.header().displayName() + "'");
    return true;
  }
}
