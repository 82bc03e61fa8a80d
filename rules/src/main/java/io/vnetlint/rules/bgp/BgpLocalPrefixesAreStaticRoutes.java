package io.vnetlint.rules.bgp;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL609: with BGP, the prefixes of a local network gateway are static routes on top of the BGP-learned ones.
 * Only the /32 of the BGP peer is harmless (and redundant). An APIPA peer address may not be listed at all: that is
 * an error, reported in the same finding (one finding per local network gateway).
 */
@RuleInfo(
    id = "VNL609",
    name = "BgpLocalPrefixesAreStaticRoutes",
    level = Level.WARNING,
    shortDescription = "A BGP local network gateway lists prefixes that become static routes",
    fullDescription = "A local network gateway with BGP settings lists address prefixes other than the /32 of its "
        + "BGP peer. Azure adds them as static routes, which take precedence over the routes learned through BGP. "
        + "It is an error when the prefixes contain an APIPA (169.254.x.x) BGP peer address, even as its /32: "
        + "Azure does not accept it there.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 6, note 1: with BGP, only add the /32 of the BGP peer to the local network gateway",
    tags = {"network", "vpn", "bgp", "local-network-gateway", "routing"},
    precision = "high")
public final class BgpLocalPrefixesAreStaticRoutes implements Rule {

  private static final AddressPrefix APIPA = AddressPrefix.parse("169.254.0.0/16", null).orElseThrow();

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (LocalNetworkGateway lng : graph.all(LocalNetworkGateway.class)) {
      check(lng, findings);
    }
  }

  private static void check(LocalNetworkGateway lng, Findings findings) {
    SourceRange header = lng.header().range();
    Field<BgpSettings> settings = lng.bgpSettings();
    if (!settings.isKnown()) {
      return; // no BGP (or unknown settings, recorded by VNL605)
    }
    BgpSettings bgp = settings.known().orElseThrow();
    Field<String> address = bgp.peeringAddress();
    if (address.isUnknown()) {
      findings.notChecked(lng, address.rangeOr(bgp.range()),
          "its BGP peering address is unknown (" + address.unknownReason().orElse("") + ")");
      return;
    }
    Optional<AddressPrefix> peer = address.known().flatMap(a -> AddressPrefix.parse(a, header));
    if (peer.isEmpty()) {
      return; // no peer address: VNL604
    }
    Field<PrefixList> prefixes = lng.addressPrefixes();
    if (prefixes.isUnknown()) {
      findings.notChecked(lng, prefixes.rangeOr(header),
          "its address prefixes are unknown (" + prefixes.unknownReason().orElse("") + ")");
      return;
    }
    if (prefixes.known().isEmpty()) {
      return;
    }
    boolean apipaPeer = APIPA.contains(peer.get());
    List<String> extra = new ArrayList<>();
    List<String> containingPeer = new ArrayList<>();
    for (AddressPrefix p : prefixes.known().get().prefixes()) {
      boolean isPeerHost = p.contains(peer.get()) && peer.get().contains(p);
      if (apipaPeer && p.contains(peer.get())) {
        containingPeer.add(p.text());
      } else if (!isPeerHost) {
        extra.add(p.text());
      }
    }
    if (extra.isEmpty() && containingPeer.isEmpty()) {
      return;
    }
    String name = "local network gateway '" + lng.header().displayName() + "'";
    List<String> parts = new ArrayList<>();
    if (!containingPeer.isEmpty()) {
      parts.add(name + " uses the APIPA BGP peer address '" + peer.get().text() + "', but its address prefixes ("
          + String.join(", ", containingPeer) + ") contain it; Azure does not accept an APIPA peer address there");
    }
    if (!extra.isEmpty()) {
      parts.add((parts.isEmpty() ? name : "it") + " has BGP settings and lists the address prefix"
          + (extra.size() > 1 ? "es " : " ") + String.join(", ", extra) + ", which Azure adds as static routes "
          + "that take precedence over the routes learned through BGP");
    }
    String message = String.join("; ", parts) + "; with BGP, leave the address prefixes empty"
        + (apipaPeer ? "" : " or list only the peer's /32 (" + peer.get().text() + "/32)");
    Findings.Report report = findings.report(lng, "addressPrefixes", prefixes.rangeOr(header), message)
        .related(address.rangeOr(bgp.range()), "BGP peering address '" + peer.get().text() + "'");
    if (!containingPeer.isEmpty()) {
      report.level(Level.ERROR);
    }
  }
}
