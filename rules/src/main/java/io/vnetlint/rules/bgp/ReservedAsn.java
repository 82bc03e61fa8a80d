package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.ReservedAsns;
import java.util.Optional;

/** VNL605: an ASN that Azure or IANA reserves, on an Azure gateway or an on-premises peer. */
@RuleInfo(
    id = "VNL605",
    name = "ReservedAsn",
    level = Level.ERROR,
    shortDescription = "A gateway or local network gateway uses a reserved BGP ASN",
    fullDescription = "The BGP settings of a virtual network gateway or a local network gateway use an AS number "
        + "that Azure or IANA reserves: 8074, 8075, 12076, 65517-65520, 23456, 64496-64511, 65535-65551, "
        + "4294967295 or 0. 65515, Azure's default, is allowed on an Azure gateway but not on a local network "
        + "gateway, which stands for an on-premises peer.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 2: some AS numbers are reserved for Azure",
    tags = {"network", "vpn", "bgp"},
    precision = "very-high")
public final class ReservedAsn implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (AzureResource r : graph.resources()) {
      if (r instanceof VirtualNetworkGateway g) {
        check(g, g.bgpSettings(), false, findings);
      } else if (r instanceof LocalNetworkGateway l) {
        check(l, l.bgpSettings(), true, findings);
      }
    }
  }

  private static void check(
      AzureResource resource, Field<BgpSettings> settings, boolean onPremises, Findings findings) {
    if (settings.isUnknown()) {
      findings.notChecked(resource, settings.rangeOr(resource.header().range()),
          "its BGP settings are unknown (" + settings.unknownReason().orElse("") + ")");
      return;
    }
    Optional<BgpSettings> known = settings.known();
    if (known.isEmpty()) {
      return;
    }
    Field<Long> asn = known.get().asn();
    if (asn.isUnknown()) {
      findings.notChecked(resource, asn.rangeOr(known.get().range()),
          "its ASN is unknown (" + asn.unknownReason().orElse("") + ")");
      return;
    }
    Optional<Long> value = asn.known();
    if (value.isEmpty()) {
      return;
    }
    Optional<String> why = ReservedAsns.whyReserved(value.get(), onPremises);
    if (why.isEmpty()) {
      return;
    }
    String usable = "use a private ASN from 64512-65514 or 65521-65534"
        + (onPremises ? ", different from the Azure gateway's" : "");
    String message = resource.describe() + " uses reserved ASN " + value.get() + " (" + why.get() + "); " + usable;
    findings.report(resource, "bgpSettings.asn", asn.rangeOr(known.get().range()), message);
  }
}
