package io.vnetlint.rules.lifecycle;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.rules.ChangeRule;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.RuleInfo;

/** VNL803: a Basic gateway is given another SKU; Azure cannot resize Basic, and Terraform fails at apply. */
@RuleInfo(
    id = "VNL803",
    name = "BasicSkuUpgrade",
    level = Level.ERROR,
    shortDescription = "A gateway's SKU changes from Basic to another SKU, which Azure cannot resize in place",
    fullDescription = "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
        + "virtual network gateway's SKU changes from Basic to another SKU. Azure cannot resize a Basic gateway: it "
        + "must be deleted and created again with a new public IP. Terraform plans the change as an in-place "
        + "update, which Azure rejects at apply.",
    scenario = "Scenario 7: changes that recreate a gateway",
    guideStep = "Scenario 5 resizes Basic to VpnGw1; today Basic cannot be resized, it is deleted and recreated",
    tags = {"network", "vpn-gateway", "sku", "change", "downtime"},
    precision = "very-high")
public final class BasicSkuUpgrade implements ChangeRule {

  @Override
  public void check(ChangeSet changes, ResourceGraph head, Findings findings) {
    for (ChangeSet.Pair<VirtualNetworkGateway> pair : changes.of(VirtualNetworkGateway.class)) {
      VirtualNetworkGateway before = pair.before();
      VirtualNetworkGateway after = pair.after();
      boolean wasBasic = before.sku().known().filter(s -> GatewayRecreation.same(s, "Basic")).isPresent();
      if (wasBasic && after.sku().isUnknown()) {
        findings.notChecked(after, after.sku().rangeOr(after.header().range()), "the new SKU is unknown");
        continue;
      }
      if (!GatewayRecreation.leavesBasic(before, after)) {
        continue;
      }
      String now = after.sku().known().orElseThrow();
      String terraform = terraformNote(pair.change(), after);
      String message = after.describe() + " changes its SKU from Basic to " + now + " "
          + GatewayRecreation.source(pair.change()) + ": Azure cannot resize a Basic gateway, so "
          + GatewayRecreation.CONSEQUENCES + "." + terraform + " " + GatewayRecreation.SAFE_ORDER + ".";
      Findings.Report report = findings.report(after, "sku", after.sku().rangeOr(after.header().range()), message);
      GatewayRecreation.relate(report, head, after);
    }
  }

  /** Terraform does not treat the SKU as force-new, so its plan hides the recreation. */
  private static String terraformNote(Change change, VirtualNetworkGateway after) {
    if (change.plannedReplace()) {
      return "";
    }
    if (change.source() instanceof Change.Planned || GatewayRecreation.isTerraform(after)) {
      return " Terraform plans this as an in-place update, which fails at apply: remove its connections, then replace the"
          + " gateway explicitly (terraform apply -replace=" + after.header().address() + ").";
    }
    return "";
  }
}
