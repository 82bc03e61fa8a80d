package io.vnetlint.rules.peering;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VNL105: a network with its own gateway cannot use the gateways of a peered network. */
@RuleInfo(
    id = "VNL105",
    name = "UseRemoteGatewaysWithLocalGateway",
    level = Level.ERROR,
    shortDescription = "A peering uses remote gateways although its own virtual network has a gateway",
    fullDescription = "A peering from A to B sets useRemoteGateways while A has a virtual network gateway (VPN or "
        + "ExpressRoute) of its own. Azure refuses useRemoteGateways on a virtual network that already has a "
        + "gateway.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: the peered network without a gateway uses the remote one",
    tags = {"network", "peering", "gateway-transit"},
    precision = "very-high")
public final class UseRemoteGatewaysWithLocalGateway implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      SourceRange useAttr = peering.useRemoteGateways().rangeOr(peering.header().range());
      Optional<Boolean> uses = peering.useRemoteGateways().valueOr(false);
      if (uses.isEmpty()) {
        findings.notChecked(peering, useAttr,
            "useRemoteGateways is unknown (" + peering.useRemoteGateways().unknownReason().orElse("") + ")");
        continue;
      }
      if (!uses.get()) {
        continue;
      }
      Resolution localRef = graph.localNetwork(peering);
      if (localRef.isUncertain()) {
        findings.notChecked(peering, peering.virtualNetwork().rangeOr(peering.header().range()),
            "its virtual network cannot be identified: " + localRef.explain());
        continue;
      }
      Optional<AzureResource> local = localRef.resource();
      if (local.isEmpty()) {
        continue;
      }
      List<VirtualNetworkGateway> gateways = graph.gatewaysOf(local.get());
      if (gateways.isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (VirtualNetworkGateway g : gateways) {
        names.add(g.describe());
      }
      String message = peering.describe() + " sets useRemoteGateways, but its own " + local.get().describe()
          + " has " + String.join(" and ", names) + "; a virtual network with a gateway cannot use remote gateways";
      Findings.Report report = findings.report(peering, "useRemoteGateways", useAttr, message);
      for (VirtualNetworkGateway g : gateways) {
        report.related(g, g.header().range(), "local " + g.describe() + " in " + local.get().describe());
      }
    }
  }
}
