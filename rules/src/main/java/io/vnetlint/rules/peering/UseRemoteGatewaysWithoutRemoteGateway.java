package io.vnetlint.rules.peering;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import io.vnetlint.rules.query.TransitPoints;
import java.util.Optional;

/** VNL104: a peering uses the remote network's gateways, but the remote network has none. */
@RuleInfo(
    id = "VNL104",
    name = "UseRemoteGatewaysWithoutRemoteGateway",
    level = Level.ERROR,
    shortDescription = "A peering uses remote gateways but the remote virtual network has no gateway",
    fullDescription = "A peering from A to B sets useRemoteGateways, B is declared in the scanned files, and B has "
        + "no virtual network gateway (VPN or ExpressRoute) and no Route Server. Azure rejects the peering "
        + "(RemoteVnetHasNoGateways): there is no remote gateway to use.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: the virtual network with the gateway is the transit point",
    tags = {"network", "peering", "gateway-transit"},
    precision = "high")
public final class UseRemoteGatewaysWithoutRemoteGateway implements Rule {

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
      Resolution remoteRef = graph.remoteNetwork(peering);
      if (remoteRef.isUncertain()) {
        findings.notChecked(peering, peering.remoteVirtualNetwork().rangeOr(peering.header().range()),
            "its remote virtual network cannot be identified: " + remoteRef.explain());
        continue;
      }
      // A classic remote network's gateway is not modelled; VNL109 reports transit with classic networks.
      Optional<VirtualNetwork> remote = remoteRef.resource(VirtualNetwork.class);
      if (remote.isEmpty()) {
        continue;
      }
      TransitPoints.Answer answer = TransitPoints.of(graph, remote.get());
      if (answer instanceof TransitPoints.Answer.Uncertain u) {
        findings.notChecked(peering, useAttr, "it cannot be told whether " + remote.get().describe()
            + " has a gateway: " + u.reason());
        continue;
      }
      if (!(answer instanceof TransitPoints.Answer.None)) {
        continue;
      }
      String message = peering.describe() + " sets useRemoteGateways, but its remote " + remote.get().describe()
          + " has no virtual network gateway and no Route Server; Azure rejects the peering "
          + "(RemoteVnetHasNoGateways)";
      findings.report(peering, "useRemoteGateways", useAttr, message)
          .related(remote.get(), remote.get().header().range(),
              "remote " + Networks.describeWithSpace(remote.get()) + ", without a gateway or Route Server");
    }
  }
}
