package io.vnetlint.rules.connection;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ClassicResource;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;

/**
 * VNL210: a declared {@code Microsoft.ClassicNetwork/*} resource targets the retired classic deployment model. One
 * finding per declaration, at its header. Only declarations count: a Resource Manager peering that names an existing
 * classic network by id is the supported way to reach one and is not reported here.
 */
@RuleInfo(
    id = "VNL210",
    name = "ClassicNetworkResource",
    level = Level.WARNING,
    shortDescription = "A resource of the retired classic network provider (Microsoft.ClassicNetwork) is declared",
    fullDescription = "The code declares a Microsoft.ClassicNetwork resource (a classic virtual network, reserved IP, "
        + "network security group, ...). The classic deployment model and its network resource provider were "
        + "retired on 31 August 2024; migrate the resources to Azure Resource Manager (Microsoft.Network).",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenarios 1 and 4: the classic network configuration (netcfg, local network sites) validation steps",
    tags = {"network", "classic", "retirement"},
    precision = "very-high")
public final class ClassicNetworkResource implements Rule {

  /** The retirement date of the classic network resource provider (Azure EOL list). */
  static final String RETIRED = "31 August 2024";

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (AzureResource r : graph.resources()) {
      if (!(r instanceof ClassicVirtualNetwork) && !(r instanceof ClassicResource)) {
        continue;
      }
      String replacement = r instanceof ClassicVirtualNetwork
          ? "migrate it to a Resource Manager virtual network (Microsoft.Network/virtualNetworks); it still takes "
              + "part in the overlap and peering checks"
          : "migrate it to " + counterpart(r.header().id().type());
      findings.report(r, "", r.header().range(), r.describe() + " uses the classic deployment model, whose "
          + "network resource provider was retired on " + RETIRED + "; " + replacement);
    }
  }

  /** The Resource Manager type that replaces a classic one, where there is a direct counterpart. */
  static String counterpart(String classicType) {
    String kind = classicType.substring(classicType.indexOf('/') + 1);
    if (kind.equalsIgnoreCase("reservedIps")) {
      return "a Standard, Static public IP (Microsoft.Network/publicIPAddresses)";
    }
    if (kind.equalsIgnoreCase("networkSecurityGroups")) {
      return "a Resource Manager network security group (Microsoft.Network/networkSecurityGroups)";
    }
    return "its Resource Manager counterpart (Microsoft.Network)";
  }
}
