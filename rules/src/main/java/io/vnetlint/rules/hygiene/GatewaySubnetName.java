package io.vnetlint.rules.hygiene;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySubnets;
import io.vnetlint.rules.query.GatewaySubnets.SubnetName;

/** VNL901: a virtual network gateway must sit in the subnet named GatewaySubnet. */
@RuleInfo(
    id = "VNL901",
    name = "GatewaySubnetName",
    level = Level.ERROR,
    shortDescription = "A virtual network gateway is placed in a subnet not named GatewaySubnet",
    fullDescription = "An IP configuration of a virtual network gateway (VPN or ExpressRoute) uses a subnet whose "
        + "name is not GatewaySubnet. Azure deploys gateways only into the subnet named GatewaySubnet; the "
        + "deployment fails otherwise.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "gateway-subnet"},
    precision = "very-high")
public final class GatewaySubnetName implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.ipConfigurations().isUnknown()) {
        findings.notChecked(gateway, gateway.ipConfigurations().rangeOr(gateway.header().range()),
            "its IP configurations, and so its subnet, are unknown ("
                + gateway.ipConfigurations().unknownReason().orElse("") + ")");
      }
      for (VirtualNetworkGateway.IpConfiguration ip : gateway.knownIpConfigurations()) {
        check(graph, gateway, ip, findings);
      }
    }
  }

  private static void check(
      ResourceGraph graph, VirtualNetworkGateway gateway, VirtualNetworkGateway.IpConfiguration ip,
      Findings findings) {
    SourceRange subnetAttr = ip.subnet().rangeOr(ip.range());
    SubnetName name = GatewaySubnets.subnetName(graph, gateway, ip);
    if (name instanceof SubnetName.Uncertain u) {
      findings.notChecked(gateway, u.range(), "the subnet of its IP configuration cannot be identified: " + u.reason());
      return;
    }
    if (!(name instanceof SubnetName.Known known) || GatewaySubnets.isGatewaySubnetName(known.name())) {
      return;
    }
    String config = ip.name().known().map(n -> "IP configuration '" + n + "'").orElse("an IP configuration");
    String message = gateway.describe() + " places " + config + " in subnet '" + known.name()
        + "'; a gateway must be deployed in the subnet named '" + GatewaySubnets.NAME + "'";
    // the configuration's name keeps the findings of two IP configurations of one gateway apart
    String attribute = "ipConfigurations[" + ip.name().known().orElse(String.valueOf(
        gateway.knownIpConfigurations().indexOf(ip))) + "].subnet";
    Findings.Report report = findings.report(gateway, attribute, subnetAttr, message);
    if (known.subnet().isPresent()) {
      Subnet subnet = known.subnet().get();
      String network = graph.virtualNetworkOf(subnet).map(v -> " of " + v.describe()).orElse("");
      report.related(subnet, subnet.header().range(), subnet.describe() + network + ", not named GatewaySubnet");
    }
  }
}
