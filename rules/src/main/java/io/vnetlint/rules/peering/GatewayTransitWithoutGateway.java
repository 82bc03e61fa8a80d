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

/** VNL107: a peering offers gateway transit from a network that has nothing to offer. */
@RuleInfo(
    id = "VNL107",
    name = "GatewayTransitWithoutGateway",
    level = Level.WARNING,
    shortDescription = "A peering allows gateway transit but its virtual network has no gateway",
    fullDescription = "A peering from A to B sets allowGatewayTransit while A has no virtual network gateway (VPN or "
        + "ExpressRoute) and no Route Server in the scanned files. The flag has no effect: B cannot use a gateway "
        + "that does not exist, and a peering of B that sets useRemoteGateways is rejected.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: Allow Gateway Transit on the side that has the gateway",
    tags = {"network", "peering", "gateway-transit"},
    precision = "high")
public final class GatewayTransitWithoutGateway implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      SourceRange allowAttr = peering.allowGatewayTransit().rangeOr(peering.header().range());
      Optional<Boolean> allows = peering.allowGatewayTransit().valueOr(false);
      if (allows.isEmpty()) {
        findings.notChecked(peering, allowAttr,
            "allowGatewayTransit is unknown (" + peering.allowGatewayTransit().unknownReason().orElse("") + ")");
        continue;
      }
      if (!allows.get()) {
        continue;
      }
      Resolution localRef = graph.localNetwork(peering);
      if (localRef.isUncertain()) {
        findings.notChecked(peering, peering.virtualNetwork().rangeOr(peering.header().range()),
            "its virtual network cannot be identified: " + localRef.explain());
        continue;
      }
      Optional<VirtualNetwork> local = localRef.resource(VirtualNetwork.class);
      if (local.isEmpty()) {
        continue;
      }
      TransitPoints.Answer answer = TransitPoints.of(graph, local.get());
      if (answer instanceof TransitPoints.Answer.Uncertain u) {
        findings.notChecked(peering, allowAttr, "it cannot be told whether " + local.get().describe()
            + " has a gateway: " + u.reason());
        continue;
      }
      if (!(answer instanceof TransitPoints.Answer.None)) {
        continue;
      }
      String message = peering.describe() + " allows gateway transit, but its " + local.get().describe()
          + " has no virtual network gateway and no Route Server; the flag has no effect";
      findings.report(peering, "allowGatewayTransit", allowAttr, message)
          .related(local.get(), local.get().header().range(),
              "local " + Networks.describeWithSpace(local.get()) + ", without a gateway or Route Server");
    }
  }
}
