package io.vnetlint.rules.multisite;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VNL402: the gateway routes each on-premises prefix to exactly one site; two sites of one gateway that claim the
 * same addresses make the routing ambiguous. One finding per local network gateway (the later of an overlapping
 * pair, in source order), on its address prefixes.
 */
@RuleInfo(
    id = "VNL402",
    name = "LocalNetworksOverlap",
    level = Level.ERROR,
    shortDescription = "Two local network gateways of one gateway have overlapping prefixes",
    fullDescription = "Two local network gateways connected to the same virtual network gateway list intersecting "
        + "address prefixes. In a multi-site configuration each on-premises site must have its own, "
        + "non-overlapping address space: the gateway cannot tell which tunnel an address in the overlap belongs "
        + "to.",
    scenario = "Scenario 3: multi-site and ExpressRoute coexistence",
    guideStep = "Scenario 3, multi-site: the on-premises address spaces must not overlap",
    tags = {"network", "vpn", "multi-site", "local-network-gateway", "address-space"},
    precision = "very-high")
public final class LocalNetworksOverlap implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    Set<LocalNetworkGateway> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      Map<LocalNetworkGateway, Connection> sites = new IdentityHashMap<>();
      for (Connection c : graph.connectionsOf(g)) {
        if (c.isType("IPsec")) {
          graph.localNetworkGateway(c).resource(LocalNetworkGateway.class).ifPresent(l -> sites.putIfAbsent(l, c));
        }
      }
      List<LocalNetworkGateway> ordered = new ArrayList<>(sites.keySet());
      ordered.sort(SourceOrder.RESOURCES);
      for (int j = 1; j < ordered.size(); j++) {
        LocalNetworkGateway later = ordered.get(j);
        if (reported.contains(later)) {
          continue;
        }
        for (int i = 0; i < j; i++) {
          if (compare(g, ordered.get(i), later, sites, findings)) {
            reported.add(later);
            break;
          }
        }
      }
    }
  }

  /** Reports on {@code later} and returns true when its prefixes intersect those of {@code earlier}. */
  private static boolean compare(VirtualNetworkGateway g, LocalNetworkGateway earlier, LocalNetworkGateway later,
      Map<LocalNetworkGateway, Connection> sites, Findings findings) {
    Field<PrefixList> a = earlier.addressPrefixes();
    Field<PrefixList> b = later.addressPrefixes();
    SourceRange at = b.rangeOr(later.header().range());
    if (a.isUnknown() || b.isUnknown()) {
      findings.notChecked(later, at, "the address prefixes of local network gateway '"
          + (a.isUnknown() ? earlier : later).header().displayName() + "' are unknown");
      return false;
    }
    if (a.known().isEmpty() || b.known().isEmpty()) {
      return false;
    }
    PrefixList pa = a.known().orElseThrow();
    PrefixList pb = b.known().orElseThrow();
    List<AddressPrefix[]> overlaps = pb.overlapsWith(pa);
    if (overlaps.isEmpty()) {
      if (!pa.fullyKnown() || !pb.fullyKnown()) {
        findings.notChecked(later, at, "part of the address prefixes of local network gateway '"
            + earlier.header().displayName() + "' or '" + later.header().displayName() + "' is unknown");
      }
      return false;
    }
    List<String> pairs = overlaps.stream().map(p -> p[0].text() + " overlaps " + p[1].text()).toList();
    String message = "local network gateway '" + later.header().displayName() + "' (" + pb.describe()
        + ") and local network gateway '" + earlier.header().displayName() + "' (" + pa.describe()
        + ") are both connected to " + g.describe() + " and their prefixes intersect (" + String.join(", ", pairs)
        + "); each site of a multi-site gateway needs its own address space";
    Connection ca = sites.get(earlier);
    Connection cb = sites.get(later);
    findings.report(later, "addressPrefixes", at, message)
        .related(earlier, a.rangeOr(earlier.header().range()), "local network gateway '"
            + earlier.header().displayName() + "' (" + pa.describe() + ")")
        .related(g, g.header().range(), "the gateway both sites connect to")
        .related(ca, ca.localNetworkGateway2().rangeOr(ca.header().range()), ca.describe())
        .related(cb, cb.localNetworkGateway2().rangeOr(cb.header().range()), cb.describe());
    return true;
  }
}
