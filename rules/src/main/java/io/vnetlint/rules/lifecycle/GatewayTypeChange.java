package io.vnetlint.rules.lifecycle;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.rules.ChangeRule;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleInfo;

/** VNL802: a gateway's type changes between Vpn and ExpressRoute, which means a new gateway. */
@RuleInfo(
    id = "VNL802",
    name = "GatewayTypeChange",
    level = Level.ERROR,
    shortDescription = "A virtual network gateway's type changes between Vpn and ExpressRoute",
    fullDescription = "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
        + "virtual network gateway's gatewayType changes from Vpn to ExpressRoute or back. The type cannot change in "
        + "place: the gateway and its connections are deleted and created again, with downtime, a new public IP and "
        + "shared keys to set again.",
    scenario = "Scenario 7: changes that recreate a gateway",
    guideStep = "Delete the connections, delete the gateway, create the gateway of the desired type",
    tags = {"network", "vpn-gateway", "expressroute", "change", "downtime"},
    precision = "very-high")
public final class GatewayTypeChange implements ChangeRule {

  @Override
  public void check(ChangeSet changes, ResourceGraph head, Findings findings) {
    for (ChangeSet.Pair<VirtualNetworkGateway> pair : changes.of(VirtualNetworkGateway.class)) {
      VirtualNetworkGateway before = pair.before();
      VirtualNetworkGateway after = pair.after();
      if (before.gatewayType().isUnknown() || after.gatewayType().isUnknown()) {
        findings.notChecked(after, after.gatewayType().rangeOr(after.header().range()),
            "the gateway type is unknown on one side of the change");
        continue;
      }
      if (!GatewayRecreation.typeChanges(before, after)) {
        continue;
      }
      String was = before.gatewayType().valueOr("Vpn").orElseThrow();
      String now = after.gatewayType().valueOr("Vpn").orElseThrow();
      String message = after.describe() + " changes its gateway type from " + was + " to " + now + " "
          + GatewayRecreation.source(pair.change()) + ": a gateway's type cannot change in place, so "
          + GatewayRecreation.CONSEQUENCES + ". " + GatewayRecreation.SAFE_ORDER + ".";
      Findings.Report report = findings.report(after, "gatewayType",
          after.gatewayType().rangeOr(after.header().range()), message);
      GatewayRecreation.relate(report, head, after);
    }
  }
}
