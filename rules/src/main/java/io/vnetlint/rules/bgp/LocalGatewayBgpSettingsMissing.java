package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL604: a BGP-enabled IPsec connection needs the on-premises peer's ASN and BGP peering address, which live in
 * the local network gateway's BGP settings. Reported on the local network gateway, once per connection.
 */
@RuleInfo(
    id = "VNL604",
    name = "LocalGatewayBgpSettingsMissing",
    level = Level.ERROR,
    shortDescription = "A BGP-enabled connection's local network gateway has no BGP settings",
    fullDescription = "An IPsec connection enables BGP, but its local network gateway has no BGP settings, or "
        + "its BGP settings lack the ASN or the BGP peering address of the on-premises device. Azure needs both "
        + "to set up the BGP session over the tunnel.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 2: the local network gateway carries the on-premises ASN and BGP peer address",
    tags = {"network", "vpn", "bgp", "local-network-gateway"},
    precision = "very-high")
public final class LocalGatewayBgpSettingsMissing implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Connection c : graph.all(Connection.class)) {
      if (c.isType("IPsec")) {
        check(graph, c, findings);
      }
    }
  }

  private static void check(ResourceGraph graph, Connection c, Findings findings) {
    SourceRange header = c.header().range();
    Field<Boolean> connectionBgp = c.enableBgp();
    if (connectionBgp.isUnknown()) {
      findings.notChecked(c, connectionBgp.rangeOr(header),
          "whether it enables BGP is unknown (" + connectionBgp.unknownReason().orElse("") + ")");
      return;
    }
    if (!connectionBgp.valueOr(false).orElse(false)) {
      return;
    }
    Resolution ref = graph.localNetworkGateway(c);
    if (ref.isUncertain()) {
      findings.notChecked(c, c.localNetworkGateway2().rangeOr(header),
          "its local network gateway is uncertain: " + ref.explain());
      return;
    }
    Optional<LocalNetworkGateway> found = ref.resource(LocalNetworkGateway.class);
    if (found.isEmpty()) {
      return; // not in the scan, or not set (VNL207)
    }
    LocalNetworkGateway lng = found.get();
    SourceRange lngHeader = lng.header().range();
    Field<BgpSettings> settings = lng.bgpSettings();
    if (settings.isUnknown()) {
      findings.notChecked(lng, settings.rangeOr(lngHeader),
          "its BGP settings are unknown (" + settings.unknownReason().orElse("") + ")");
      return;
    }
    String name = "local network gateway '" + lng.header().displayName() + "'";
    String cause = " connection '" + c.header().displayName() + "' enables BGP";
    if (settings.isAbsent()) {
      String message = name + " has no BGP settings, but" + cause + "; add BGP settings with the on-premises "
          + "device's ASN and BGP peering address";
      findings.report(lng, "bgpSettings", lngHeader, message)
          .related(c, connectionBgp.rangeOr(header), "connection '" + c.header().displayName()
              + "', which enables BGP");
      return;
    }
    BgpSettings bgp = settings.known().orElseThrow();
    List<String> missing = new ArrayList<>();
    if (bgp.asn().isUnknown() || bgp.peeringAddress().isUnknown()) {
      Field<?> f = bgp.asn().isUnknown() ? bgp.asn() : bgp.peeringAddress();
      findings.notChecked(lng, f.rangeOr(bgp.range()), "its BGP " + (f == bgp.asn() ? "ASN" : "peering address")
          + " is unknown (" + f.unknownReason().orElse("") + ")");
      return;
    }
    if (bgp.asn().isAbsent()) {
      missing.add("the ASN");
    }
    if (bgp.peeringAddress().isAbsent()) {
      missing.add("the BGP peering address");
    }
    if (missing.isEmpty()) {
      return;
    }
    String message = "the BGP settings of " + name + " lack " + String.join(" and ", missing) + ", but" + cause
        + "; set the on-premises device's ASN and BGP peering address";
    findings.report(lng, "bgpSettings", bgp.range(), message)
        .related(c, connectionBgp.rangeOr(header), "connection '" + c.header().displayName()
            + "', which enables BGP");
  }
}
