package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/** VNL601: the Basic VPN gateway SKU has no BGP. */
@RuleInfo(
    id = "VNL601",
    name = "BgpOnBasicSku",
    level = Level.ERROR,
    shortDescription = "A Basic SKU gateway enables BGP",
    fullDescription = "A virtual network gateway of SKU Basic enables BGP or sets BGP settings. The Basic SKU "
        + "does not support BGP, and a Basic gateway cannot be resized: it must be deleted and recreated with a "
        + "VpnGw1AZ or larger SKU.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 1: Basic gateways don't support BGP",
    tags = {"network", "vpn", "bgp", "sku"},
    precision = "very-high")
public final class BgpOnBasicSku implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (!gateway.isExpressRoute()) {
        check(gateway, findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, Findings findings) {
    SourceRange header = gateway.header().range();
    Field<Boolean> enableBgp = gateway.enableBgp();
    Field<BgpSettings> settings = gateway.bgpSettings();
    boolean enables = enableBgp.known().orElse(false);
    boolean hasSettings = settings.isKnown();
    boolean bgpUnknown = enableBgp.isUnknown() || settings.isUnknown();
    Optional<String> sku = gateway.sku().known();
    if (sku.isEmpty()) {
      if ((enables || hasSettings) && gateway.sku().isUnknown()) {
        findings.notChecked(gateway, gateway.sku().rangeOr(header),
            "its SKU is unknown (" + gateway.sku().unknownReason().orElse("") + ")");
      }
      return;
    }
    if (!sku.get().trim().equalsIgnoreCase("Basic")) {
      return;
    }
    if (!enables && !hasSettings) {
      if (bgpUnknown) {
        Field<?> unknown = enableBgp.isUnknown() ? enableBgp : settings;
        findings.notChecked(gateway, unknown.rangeOr(header),
            "whether it enables BGP is unknown (" + unknown.unknownReason().orElse("") + ")");
      }
      return;
    }
    SourceRange at = enables ? enableBgp.rangeOr(header) : settings.rangeOr(header);
    String what = enables ? "enables BGP" : "sets BGP settings";
    String message = gateway.describe() + " " + what + ", but its SKU Basic does not support BGP; "
        + "BGP needs VpnGw1AZ or larger, and a Basic gateway must be deleted and recreated to change its SKU";
    findings.report(gateway, enables ? "enableBgp" : "bgpSettings", at, message)
        .related(gateway.sku().rangeOr(header), "SKU Basic, which has no BGP");
  }
}
