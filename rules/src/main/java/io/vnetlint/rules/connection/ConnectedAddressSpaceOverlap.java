package io.vnetlint.rules.connection;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL201: the networks on the two sides of a connection must not overlap. A Vnet2Vnet connection compares the
 * address spaces of the two gateways' virtual networks, an IPsec connection its gateway's virtual network with the
 * local network gateway's prefixes. Like VNL101 for peerings, each direction's connection gets its own finding, at
 * the reference to its partner.
 */
@RuleInfo(
    id = "VNL201",
    name = "ConnectedAddressSpaceOverlap",
    level = Level.ERROR,
    shortDescription = "The networks on the two sides of a connection overlap",
    fullDescription = "The address space of a gateway's virtual network intersects the networks on the other side "
        + "of one of its connections: the peer gateway's virtual network (Vnet2Vnet) or the local network "
        + "gateway's address prefixes (IPsec). Connected networks must not overlap: traffic for the overlapping "
        + "range stays in the local virtual network and never enters the tunnel.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation steps 2-3: the address spaces of connected networks do not overlap",
    tags = {"network", "vpn", "connection", "address-space"},
    precision = "high")
public final class ConnectedAddressSpaceOverlap implements Rule {

  /** The far side of a connection: the resource, its prefixes, and how to name them. */
  private record FarSide(AzureResource resource, Field<PrefixList> prefixes, String role) {}

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Connection c : graph.all(Connection.class)) {
      if (c.isType("Vnet2Vnet") || c.isType("IPsec")) {
        check(graph, c, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, Connection c, Findings findings) {
    SourceRange header = c.header().range();
    boolean vnet2vnet = c.isType("Vnet2Vnet");
    SourceRange partnerAttr = (vnet2vnet ? c.virtualNetworkGateway2() : c.localNetworkGateway2()).rangeOr(header);
    Resolution ownRef = graph.gateway1(c);
    if (ownRef.isUncertain()) {
      findings.notChecked(c, c.virtualNetworkGateway1().rangeOr(header),
          "its gateway cannot be identified: " + ownRef.explain());
      return;
    }
    Optional<AzureResource> ownNetwork = ownRef.resource(VirtualNetworkGateway.class)
        .flatMap(graph::virtualNetworkOf).filter(Networks::isNetwork);
    if (ownNetwork.isEmpty()) {
      return; // the gateway or its virtual network is not in the scan
    }
    Optional<FarSide> far = vnet2vnet ? peerNetwork(graph, c, partnerAttr, findings)
        : localPrefixes(graph, c, partnerAttr, findings);
    if (far.isEmpty() || far.get().resource() == ownNetwork.get()) {
      return;
    }
    AzureResource own = ownNetwork.get();
    Field<PrefixList> ownSpace = Networks.addressSpace(own);
    Field<PrefixList> farSpace = far.get().prefixes();
    if (ownSpace.isUnknown() || farSpace.isUnknown()) {
      Field<PrefixList> unknown = ownSpace.isUnknown() ? ownSpace : farSpace;
      AzureResource which = ownSpace.isUnknown() ? own : far.get().resource();
      findings.notChecked(c, unknown.rangeOr(which.header().range()),
          "the prefixes of " + which.describe() + " are unknown (" + unknown.unknownReason().orElse("") + ")");
      return;
    }
    Optional<PrefixList> mine = ownSpace.known();
    Optional<PrefixList> theirs = farSpace.known();
    if (mine.isEmpty() || theirs.isEmpty()) {
      return; // no address space written (e.g. an IPAM pool, or an LNG with BGP only): nothing to compare
    }
    // Overlaps between known prefixes are certain even when other prefixes are unknown.
    List<AddressPrefix[]> overlaps = mine.get().overlapsWith(theirs.get());
    if (overlaps.isEmpty()) {
      if (!mine.get().fullyKnown() || !theirs.get().fullyKnown()) {
        findings.notChecked(c, partnerAttr, "some prefixes of " + own.describe() + " and "
            + far.get().resource().describe() + " are unknown");
      }
      return;
    }
    List<String> pairs = new ArrayList<>();
    for (AddressPrefix[] pair : overlaps) {
      pairs.add(pair[0].text() + " overlaps " + pair[1].text());
    }
    String message = c.describe() + " connects " + own.describe() + " to " + far.get().role() + ", and they "
        + "overlap: " + String.join(", ", pairs) + "; connected networks must not overlap, or the overlapping "
        + "range never reaches the tunnel";
    findings.report(c, vnet2vnet ? "virtualNetworkGateway2" : "localNetworkGateway2", partnerAttr, message)
        .related(own, ownSpace.rangeOr(own.header().range()), "local " + Networks.describeWithSpace(own))
        .related(far.get().resource(), farSpace.rangeOr(far.get().resource().header().range()),
            far.get().role() + " (" + theirs.get().describe() + ")");
  }

  private static Optional<FarSide> peerNetwork(
      ResourceGraph graph, Connection c, SourceRange partnerAttr, Findings findings) {
    Resolution ref = graph.gateway2(c);
    if (ref.isUncertain()) {
      findings.notChecked(c, partnerAttr, "its peer gateway cannot be identified: " + ref.explain());
      return Optional.empty();
    }
    return ref.resource(VirtualNetworkGateway.class)
        .flatMap(graph::virtualNetworkOf)
        .filter(Networks::isNetwork)
        .map(n -> new FarSide(n, Networks.addressSpace(n), "the peer gateway's " + n.describe()));
  }

  private static Optional<FarSide> localPrefixes(
      ResourceGraph graph, Connection c, SourceRange partnerAttr, Findings findings) {
    Resolution ref = graph.localNetworkGateway(c);
    if (ref.isUncertain()) {
      findings.notChecked(c, partnerAttr, "its local network gateway cannot be identified: " + ref.explain());
      return Optional.empty();
    }
    return ref.resource(LocalNetworkGateway.class)
        .map(l -> new FarSide(l, l.addressPrefixes(), "the prefixes of " + l.describe()));
  }
}
