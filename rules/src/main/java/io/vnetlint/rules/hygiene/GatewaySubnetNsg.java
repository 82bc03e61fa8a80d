package io.vnetlint.rules.hygiene;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySubnets;
import java.util.Optional;

/** VNL903: a network security group on the GatewaySubnet can stop the gateway from working. */
@RuleInfo(
    id = "VNL903",
    name = "GatewaySubnetNsg",
    level = Level.ERROR,
    shortDescription = "A network security group is associated with the GatewaySubnet",
    fullDescription = "The subnet named GatewaySubnet has a network security group, set on the subnet or through "
        + "a subnet/security group association. Network security groups on the gateway subnet are not supported "
        + "and can make VPN and ExpressRoute gateways stop working; Azure Policy denies them.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "gateway-subnet", "nsg"},
    precision = "very-high")
public final class GatewaySubnetNsg implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Subnet subnet : graph.all(Subnet.class)) {
      check(graph, subnet, findings);
    }
  }

  private static void check(ResourceGraph graph, Subnet subnet, Findings findings) {
    Field<ResourceRef> nsg = subnet.networkSecurityGroup();
    if (nsg.isAbsent()) {
      return;
    }
    SourceRange header = subnet.header().range();
    Optional<Boolean> isGateway = GatewaySubnets.isGatewaySubnet(subnet);
    if (isGateway.isEmpty()) {
      if (subnet.name().isUnknown()) {
        findings.notChecked(subnet, subnet.name().rangeOr(header), "it has a network security group, but its name is "
            + "unknown (" + subnet.name().unknownReason().orElse("") + "), so it may be the GatewaySubnet");
      }
      return;
    }
    if (!isGateway.get()) {
      return;
    }
    if (nsg.isUnknown()) {
      // an unknown value may also be null (Terraform), which attaches nothing
      findings.notChecked(subnet, nsg.rangeOr(header),
          "its network security group is unknown (" + nsg.unknownReason().orElse("") + ")");
      return;
    }
    Resolution target = graph.networkSecurityGroupOf(subnet);
    Optional<NetworkSecurityGroup> group = target.resource(NetworkSecurityGroup.class);
    String groupName = group.map(NetworkSecurityGroup::describe)
        .orElse("network security group " + nsg.known().map(ResourceRef::toString).orElse(""));
    String network = graph.virtualNetworkOf(subnet).map(v -> " of " + v.describe()).orElse("");
    String message = groupName + " is associated with the GatewaySubnet" + network
        + "; network security groups on the gateway subnet are not supported and can stop the gateway from "
        + "working: remove the association";
    Findings.Report report = findings.report(subnet, "networkSecurityGroup", nsg.rangeOr(header), message);
    report.related(subnet, header, "the GatewaySubnet" + network);
    group.ifPresent(g -> report.related(g, g.header().range(), "the associated " + g.describe()));
  }
}
