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
import io.vnetlint.rules.query.RepresentedGateways;
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
        + "gateway, which stands for an on-premises peer - unless that local network gateway stands for an Azure "
        + "gateway (a Virtual WAN hub's VPN gateway, whose ASN is always 65515, or another virtual network gateway): "
        + "its address is then a public IP that Azure assigns, not an on-premises device's.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 2: some AS numbers are reserved for Azure",
    tags = {"network", "vpn", "bgp"},
    precision = "very-high")
public final class ReservedAsn implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (AzureResource r : graph.resources()) {
      if (r instanceof VirtualNetworkGateway g) {
        check(graph, g, g.bgpSettings(), false, findings);
      } else if (r instanceof LocalNetworkGateway l) {
        check(graph, l, l.bgpSettings(), true, findings);
      }
    }
  }

  private static void check(
      ResourceGraph graph,
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
    boolean azurePeer = resource instanceof LocalNetworkGateway l && standsForAzureGateway(graph, l);
    Optional<String> why = ReservedAsns.whyReserved(value.get(), onPremises && !azurePeer);
    if (why.isEmpty()) {
      return;
    }
    String usable = "use a private ASN from 64512-65514 or 65521-65534"
        + (onPremises ? ", different from the Azure gateway's" : "");
    String message = resource.describe() + " uses reserved ASN " + value.get() + " (" + why.get() + "); " + usable;
    findings.report(resource, "bgpSettings.asn", asn.rangeOr(known.get().range()), message);
  }

  /**
   * Whether the local network gateway is the stand-in for an Azure gateway rather than an on-premises device: its
   * address is an Azure public IP resource (or the address of one attached to a gateway of the scan), or its
   * gateway or BGP peering address is assigned by Azure at deployment (read from a deployed resource: a Virtual WAN
   * hub's VPN gateway, whose ASN is always 65515, and Microsoft's "connect a VNet gateway to Virtual WAN" has the
   * local network gateway use 65515). An on-premises device's address is never assigned by Azure.
   */
  private static boolean standsForAzureGateway(ResourceGraph graph, LocalNetworkGateway lng) {
    if (!lng.gatewayPublicIp().isAbsent()
        || !RepresentedGateways.of(graph, lng, null).byAddress().isEmpty()) {
      return true;
    }
    Optional<BgpSettings> bgp = lng.bgpSettings().known();
    return assignedByAzure(lng.gatewayIpAddress())
        || bgp.map(b -> assignedByAzure(b.peeringAddress())).orElse(false);
  }

  /** Unknown because it is runtime state of a resource the deployment creates (the front ends' wording). */
  private static boolean assignedByAzure(Field<String> address) {
    String reason = address.unknownReason().orElse("");
    return reason.contains("known only at deployment")
        || reason.contains("known after apply")
        || reason.contains("runtime state of a deployed resource");
  }
}
