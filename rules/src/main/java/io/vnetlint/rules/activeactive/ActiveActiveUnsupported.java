package io.vnetlint.rules.activeactive;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/** VNL702: active-active needs a route-based gateway of a SKU that has two instances. */
@RuleInfo(
    id = "VNL702",
    name = "ActiveActiveUnsupported",
    level = Level.ERROR,
    shortDescription = "Active-active is enabled on a Basic SKU, a PolicyBased or a legacy Standard gateway",
    fullDescription = "A VPN gateway enables active-active mode, but its SKU is Basic or the legacy Standard, or its "
        + "VPN type is PolicyBased. Active-active needs a route-based gateway of SKU VpnGw1AZ to VpnGw5AZ (or the "
        + "existing non-AZ VpnGw1-5 and legacy HighPerformance); Azure rejects the others.",
    scenario = "Scenario 6: active-active",
    guideStep = "Scenario 6: the gateway SKU must support active-active, the VPN type must be route-based",
    tags = {"network", "vpn", "active-active", "sku"},
    precision = "very-high")
public final class ActiveActiveUnsupported implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.isVpn()) {
        check(gateway, findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, Findings findings) {
    SourceRange header = gateway.header().range();
    Field<Boolean> activeActive = gateway.activeActive();
    Optional<String> sku = gateway.sku().known().map(String::trim);
    Optional<String> vpnType = gateway.vpnType().valueOr("RouteBased").map(String::trim);
    boolean badSku = sku.map(s -> s.equalsIgnoreCase("Basic") || s.equalsIgnoreCase("Standard")).orElse(false);
    boolean policyBased = vpnType.map(t -> t.equalsIgnoreCase("PolicyBased")).orElse(false);
    // the provider's and Azure's default is active-standby
    if (!activeActive.valueOr(false).orElse(false)) {
      if (activeActive.isUnknown() && (badSku || policyBased)) {
        findings.notChecked(gateway, activeActive.rangeOr(header),
            "whether it is active-active is unknown (" + activeActive.unknownReason().orElse("") + ")");
      }
      return;
    }
    if (!badSku && !policyBased) {
      if (gateway.sku().isUnknown() || gateway.vpnType().isUnknown()) {
        Field<String> unknown = gateway.sku().isUnknown() ? gateway.sku() : gateway.vpnType();
        findings.notChecked(gateway, unknown.rangeOr(header), "it is active-active, but its "
            + (unknown == gateway.sku() ? "SKU" : "VPN type") + " is unknown (" + unknown.unknownReason().orElse("")
            + ")");
      }
      return;
    }
    Findings.Report report;
    if (badSku) {
      String name = sku.orElseThrow();
      String legacy = name.equalsIgnoreCase("Standard") ? "legacy " : "";
      report = findings.report(gateway, "activeActive", activeActive.rangeOr(header), gateway.describe()
          + " enables active-active, but the " + legacy + "SKU " + name + " has a single instance and does not "
          + "support it; use VpnGw1AZ or larger (a " + name + " gateway must be recreated to change its SKU)")
          .related(gateway.sku().rangeOr(header), legacy + "SKU " + name + ", which has no active-active mode");
      if (policyBased) {
        report.related(gateway.vpnType().rangeOr(header), "VPN type PolicyBased, which has no active-active mode");
      }
    } else {
      findings.report(gateway, "activeActive", activeActive.rangeOr(header), gateway.describe()
              + " enables active-active, but its VPN type is PolicyBased; active-active gateways must be RouteBased")
          .related(gateway.vpnType().rangeOr(header), "VPN type PolicyBased, which has no active-active mode");
    }
  }
}
