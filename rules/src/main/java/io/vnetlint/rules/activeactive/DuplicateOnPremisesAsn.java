package io.vnetlint.rules.activeactive;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.RepresentedGateways;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VNL705: the guide asks for a different ASN per on-premises network. When two BGP sites of one gateway announce
 * the same ASN, each site drops the routes of the other (they carry its own ASN in the path). One finding per local
 * network gateway (the later of a pair, in source order), on its ASN.
 */
@RuleInfo(
    id = "VNL705",
    name = "DuplicateOnPremisesAsn",
    level = Level.WARNING,
    shortDescription = "Two on-premises sites connected with BGP to one gateway use the same ASN",
    fullDescription = "Two local network gateways connected with BGP-enabled connections to the same virtual network "
        + "gateway have the same ASN. The guide asks for different ASNs for the on-premises networks: BGP loop "
        + "prevention makes each site reject the routes of the other, because they carry its own ASN. Two local "
        + "network gateways for the public IPs of one Azure gateway (the instances of an active-active gateway) "
        + "are one peer and may share its ASN.",
    scenario = "Scenario 6: active-active",
    guideStep = "Scenario 6: use different ASNs for your on-premises networks",
    tags = {"network", "vpn", "bgp", "local-network-gateway", "asn"},
    precision = "high")
public final class DuplicateOnPremisesAsn implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    Set<LocalNetworkGateway> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (VirtualNetworkGateway g : graph.all(VirtualNetworkGateway.class)) {
      Map<LocalNetworkGateway, Connection> sites = new IdentityHashMap<>();
      for (Connection c : graph.connectionsOf(g)) {
        if (c.isType("IPsec") && c.enableBgp().known().orElse(false)) {
          graph.localNetworkGateway(c).resource(LocalNetworkGateway.class).ifPresent(l -> sites.putIfAbsent(l, c));
        }
      }
      List<LocalNetworkGateway> ordered = new ArrayList<>(sites.keySet());
      ordered.sort(SourceOrder.RESOURCES);
      for (int j = 1; j < ordered.size(); j++) {
        LocalNetworkGateway later = ordered.get(j);
        Optional<Long> asn = asnOf(later, findings);
        if (asn.isEmpty() || reported.contains(later)) {
          continue;
        }
        for (int i = 0; i < j; i++) {
          LocalNetworkGateway earlier = ordered.get(i);
          if (asnOf(earlier, null).equals(asn) && !sameAzureGateway(graph, g, earlier, later)) {
            report(g, earlier, later, asn.get(), sites, findings);
            reported.add(later);
            break;
          }
        }
      }
    }
  }

  /**
   * Whether both local network gateways stand for the same Azure gateway (their addresses are its public IPs): the
   * two instances of an active-active gateway, one peer with one ASN, not two on-premises networks.
   */
  private static boolean sameAzureGateway(
      ResourceGraph graph, VirtualNetworkGateway own, LocalNetworkGateway a, LocalNetworkGateway b) {
    List<VirtualNetworkGateway> first = RepresentedGateways.of(graph, a, own).byAddress();
    List<VirtualNetworkGateway> second = RepresentedGateways.of(graph, b, own).byAddress();
    return first.stream().anyMatch(x -> second.stream().anyMatch(y -> x == y));
  }

  /** The known ASN of a local network gateway; records "not checked" when it is unknown and findings is given. */
  private static Optional<Long> asnOf(LocalNetworkGateway lng, Findings findings) {
    Field<BgpSettings> settings = lng.bgpSettings();
    if (!settings.isKnown()) {
      return Optional.empty(); // missing or unknown settings are VNL604's concern
    }
    BgpSettings bgp = settings.known().orElseThrow();
    if (bgp.asn().isUnknown() && findings != null) {
      findings.notChecked(lng, bgp.asn().rangeOr(bgp.range()), "its BGP ASN is unknown ("
          + bgp.asn().unknownReason().orElse("") + ")");
    }
    return bgp.asn().known();
  }

  private static void report(VirtualNetworkGateway g, LocalNetworkGateway earlier, LocalNetworkGateway later,
      long asn, Map<LocalNetworkGateway, Connection> sites, Findings findings) {
    BgpSettings bgp = later.bgpSettings().known().orElseThrow();
    BgpSettings other = earlier.bgpSettings().known().orElseThrow();
    SourceRange at = bgp.asn().rangeOr(bgp.range());
    String message = "local network gateway '" + later.header().displayName() + "' and local network gateway '"
        + earlier.header().displayName() + "' both use ASN " + asn + " and are connected with BGP to "
        + g.describe() + "; use a different ASN for each on-premises network, or each site rejects the other's "
        + "routes (BGP loop prevention)";
    Connection ca = sites.get(earlier);
    Connection cb = sites.get(later);
    findings.report(later, "bgpSettings.asn", at, message)
        .related(earlier, other.asn().rangeOr(other.range()), "local network gateway '"
            + earlier.header().displayName() + "' with ASN " + asn)
        .related(ca, ca.enableBgp().rangeOr(ca.header().range()), "BGP " + ca.describe())
        .related(cb, cb.enableBgp().rangeOr(cb.header().range()), "BGP " + cb.describe());
  }
}
