package io.vnetlint.rules.multisite;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySubnets;
import io.vnetlint.rules.query.Networks;
import java.util.List;
import java.util.Optional;

/**
 * VNL403: an ExpressRoute gateway and a VPN gateway can share a virtual network only when the VPN gateway is
 * route-based and not Basic, and the GatewaySubnet is /27 or larger (facts section H, COEX). The gateway findings
 * point at the VPN gateway's {@code vpnType} or SKU, the size finding at the GatewaySubnet's prefix.
 */
@RuleInfo(
    id = "VNL403",
    name = "CoexistenceRequirements",
    level = Level.ERROR,
    shortDescription = "ExpressRoute and VPN gateways coexist without meeting the requirements",
    fullDescription = "A virtual network has both an ExpressRoute gateway and a VPN gateway, and the VPN gateway is "
        + "PolicyBased or of SKU Basic, or the GatewaySubnet is smaller than /27. ExpressRoute/site-to-site "
        + "coexistence needs a route-based VPN gateway of a SKU other than Basic and a GatewaySubnet of /27 or "
        + "larger.",
    scenario = "Scenario 3: multi-site and ExpressRoute coexistence",
    guideStep = "Scenario 3, ExpressRoute coexistence: requirements for the VPN gateway and the GatewaySubnet",
    tags = {"network", "vpn", "expressroute", "coexistence", "gateway-subnet"},
    precision = "very-high")
public final class CoexistenceRequirements implements Rule {
  static final int MAXIMUM_PREFIX_LENGTH = 27;

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (AzureResource vnet : graph.resources()) {
      if (!Networks.isNetwork(vnet)) {
        continue;
      }
      List<VirtualNetworkGateway> gateways = graph.gatewaysOf(vnet);
      Optional<VirtualNetworkGateway> er = gateways.stream().filter(VirtualNetworkGateway::isExpressRoute).findFirst();
      List<VirtualNetworkGateway> vpn = gateways.stream().filter(VirtualNetworkGateway::isVpn).toList();
      if (er.isEmpty() || vpn.isEmpty()) {
        continue;
      }
      for (VirtualNetworkGateway g : vpn) {
        checkVpnGateway(g, er.get(), findings);
      }
      for (Subnet s : graph.subnetsOf(vnet)) {
        if (GatewaySubnets.isGatewaySubnet(s).orElse(false)) {
          checkSubnet(vnet, s, er.get(), vpn.get(0), findings);
        }
      }
    }
  }

  private static void checkVpnGateway(VirtualNetworkGateway g, VirtualNetworkGateway er, Findings findings) {
    Field<String> vpnType = g.vpnType();
    Field<String> sku = g.sku();
    boolean policyBased = vpnType.known().map(t -> t.trim().equalsIgnoreCase("PolicyBased")).orElse(false);
    boolean basic = sku.known().map(t -> t.trim().equalsIgnoreCase("Basic")).orElse(false);
    if (!policyBased && !basic) {
      if (vpnType.isUnknown() || sku.isUnknown()) {
        findings.notChecked(g, (vpnType.isUnknown() ? vpnType : sku).rangeOr(g.header().range()),
            "it shares its virtual network with an ExpressRoute gateway and its "
                + (vpnType.isUnknown() ? "VPN type" : "SKU") + " is unknown");
      }
      return;
    }
    String problem = policyBased ? "is PolicyBased" : "has SKU Basic";
    String attribute = policyBased ? "vpnType" : "sku";
    SourceRange at = (policyBased ? vpnType : sku).rangeOr(g.header().range());
    String message = g.describe() + " " + problem + " and shares its virtual network with " + er.describe()
        + "; ExpressRoute and VPN coexistence needs a RouteBased VPN gateway of a SKU other than Basic: recreate "
        + "it as RouteBased VpnGw1AZ or larger";
    findings.report(g, attribute, at, message)
        .related(er, er.header().range(), "the ExpressRoute gateway in the same virtual network");
  }

  private static void checkSubnet(AzureResource vnet, Subnet subnet, VirtualNetworkGateway er,
      VirtualNetworkGateway vpn, Findings findings) {
    Field<PrefixList> prefixes = subnet.addressPrefixes();
    if (prefixes.isUnknown()) {
      findings.notChecked(subnet, prefixes.rangeOr(subnet.header().range()),
          "its address prefixes are unknown and it hosts coexisting ExpressRoute and VPN gateways");
      return;
    }
    Optional<AddressPrefix> smallest = prefixes.known().flatMap(list -> list.prefixes().stream()
        .filter(AddressPrefix::isIpv4)
        .max((a, b) -> Integer.compare(a.prefixLength(), b.prefixLength())));
    if (smallest.isEmpty() || smallest.get().prefixLength() <= MAXIMUM_PREFIX_LENGTH) {
      return;
    }
    String message = "GatewaySubnet of " + vnet.describe() + " has prefix " + smallest.get().text()
        + ", but " + vnet.describe() + " has both an ExpressRoute gateway and a VPN gateway, which need a "
        + "GatewaySubnet of /27 or larger; enlarge it (on /28 or /29 the gateway must be deleted first)";
    findings.report(subnet, "addressPrefixes", smallest.get().range(), message)
        .related(er, er.header().range(), "ExpressRoute gateway " + er.header().displayName())
        .related(vpn, vpn.header().range(), "VPN gateway " + vpn.header().displayName());
  }
}
