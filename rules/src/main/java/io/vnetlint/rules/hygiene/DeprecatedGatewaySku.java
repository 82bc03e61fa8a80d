package io.vnetlint.rules.hygiene;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.ProposedFix;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.fix.AttributeFix;
import io.vnetlint.rules.query.GatewaySkus;
import java.util.Locale;
import java.util.Optional;

/**
 * VNL905: a VPN gateway uses a SKU that is retired or being retired: the legacy Standard and HighPerformance SKUs
 * (retired 30 June 2026) or the non-AZ VpnGw1–5 (no new gateways, retired September 2026).
 */
@RuleInfo(
    id = "VNL905",
    name = "DeprecatedGatewaySku",
    level = Level.WARNING,
    shortDescription = "A VPN gateway uses a legacy or non-AZ SKU that is retired or being retired",
    fullDescription = "A VPN gateway has the legacy SKU Standard or HighPerformance (retired 30 June 2026) or a "
        + "non-zone-redundant SKU VpnGw1 to VpnGw5 (new gateways can no longer be created with them; existing ones "
        + "are migrated and the SKUs retire in September 2026). The finding suggests the AZ equivalent.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "sku", "deprecation"},
    precision = "very-high")
public final class DeprecatedGatewaySku implements Rule {
  private static final AttributeFix.Names SKU = AttributeFix.Names.of("name", "sku");

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      check(gateway, findings);
    }
  }

  private static void check(VirtualNetworkGateway gateway, Findings findings) {
    SourceRange header = gateway.header().range();
    Field<String> skuField = gateway.sku();
    Optional<String> known = skuField.known().map(String::trim);
    if (known.isEmpty()) {
      if (skuField.isUnknown() && !gateway.isExpressRoute()) {
        findings.notChecked(gateway, skuField.rangeOr(header),
            "its SKU is unknown (" + skuField.unknownReason().orElse("") + ")");
      }
      return;
    }
    String sku = known.get();
    boolean legacy = GatewaySkus.isLegacyVpn(sku);
    boolean nonAz = GatewaySkus.vpnGwTier(sku).isPresent() && !GatewaySkus.isAz(sku);
    if (!legacy && !nonAz) {
      return;
    }
    Field<String> type = gateway.gatewayType();
    if (type.isUnknown()) {
      // Standard and HighPerformance are also ExpressRoute SKUs, which are not retiring
      if (legacy) {
        findings.notChecked(gateway, type.rangeOr(header),
            "its gateway type is unknown (" + type.unknownReason().orElse("") + ")");
        return;
      }
    } else if (!gateway.isVpn()) {
      return;
    }
    String message;
    Optional<ProposedFix> fix = Optional.empty();
    if (legacy) {
      String replacement = sku.toLowerCase(Locale.ROOT).equals("standard") ? "VpnGw1AZ" : "VpnGw2AZ";
      message = gateway.describe() + " uses the legacy SKU " + sku + ", retired on 30 June 2026 (new gateways with it "
          + "cannot be created since December 2023); use " + replacement + ", the SKU Microsoft migrates " + sku
          + " to";
    } else {
      String replacement = "VpnGw" + GatewaySkus.vpnGwTier(sku).orElseThrow() + "AZ";
      message = gateway.describe() + " uses the non-AZ SKU " + sku + ": new gateways with VpnGw1-5 can no longer be "
          + "created, and existing ones are migrated before the SKUs retire in September 2026; use " + replacement
          + " (an in-place upgrade for an existing gateway)";
      // ARM and Bicep write the SKU as name and tier, which change together
      fix = AttributeFix.setWithSibling(gateway, skuField, SKU, "tier", replacement,
          "change the SKU to " + replacement);
    }
    findings.report(gateway, "sku", skuField.rangeOr(header), message).fix(fix);
  }
}
