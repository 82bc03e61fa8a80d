package io.vnetlint.rules.lifecycle;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.rules.ChangeRule;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleInfo;

/** VNL801: a VPN gateway's VPN type changes, which Azure can only do by deleting and recreating the gateway. */
@RuleInfo(
    id = "VNL801",
    name = "GatewayVpnTypeChange",
    level = Level.ERROR,
    shortDescription = "A VPN gateway's VPN type changes between PolicyBased and RouteBased",
    fullDescription = "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
        + "VPN gateway's vpnType changes from PolicyBased to RouteBased or back. Azure cannot change the VPN type in "
        + "place: the gateway and its connections are deleted and created again, with about 60 minutes of downtime, "
        + "a new public IP and shared keys to set again.",
    scenario = "Scenario 7: changes that recreate a gateway",
    guideStep = "Delete the connections, delete the gateway, create the gateway of the desired type",
    tags = {"network", "vpn-gateway", "change", "downtime"},
    precision = "very-high")
public final class GatewayVpnTypeChange implements ChangeRule {

  @Override
  public void check(ChangeSet changes, ResourceGraph head, Findings findings) {
    for (ChangeSet.Pair<VirtualNetworkGateway> pair : changes.of(VirtualNetworkGateway.class)) {
      VirtualNetworkGateway before = pair.before();
      VirtualNetworkGateway after = pair.after();
      if (!before.isVpn() || !after.isVpn()) {
        continue;
      }
      if (before.vpnType().isUnknown() || after.vpnType().isUnknown()) {
        findings.notChecked(after, after.vpnType().rangeOr(after.header().range()),
            "the VPN type is unknown on one side of the change");
        continue;
      }
      if (!GatewayRecreation.vpnTypeChanges(before, after)) {
        continue;
      }
      String was = before.vpnType().valueOr("RouteBased").orElseThrow();
      String now = after.vpnType().valueOr("RouteBased").orElseThrow();
      String message = after.describe() + " changes its VPN type from " + was + " to " + now + " "
          + GatewayRecreation.source(pair.change()) + ": Azure cannot change the VPN type in place, so "
          + GatewayRecreation.CONSEQUENCES + ". " + GatewayRecreation.SAFE_ORDER + ".";
      Findings.Report report = findings.report(after, "vpnType",
          after.vpnType().rangeOr(after.header().range()), message);
      GatewayRecreation.relate(report, head, after);
    }
  }
}
