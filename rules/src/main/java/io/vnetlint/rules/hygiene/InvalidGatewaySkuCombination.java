package io.vnetlint.rules.hygiene;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySkus;
import java.util.Optional;

/** VNL908: the SKU does not fit the gateway type, the VPN type or the generation; Azure rejects the gateway. */
@RuleInfo(
    id = "VNL908",
    name = "InvalidGatewaySkuCombination",
    level = Level.ERROR,
    shortDescription = "The gateway SKU does not fit its type, VPN type or generation",
    fullDescription = "A virtual network gateway combines a SKU with a type, VPN type or generation that Azure "
        + "rejects: PolicyBased with a SKU other than Basic; a VPN SKU on an ExpressRoute gateway or an "
        + "ExpressRoute SKU on a VPN gateway; VpnGw1 or VpnGw1AZ with Generation2; VpnGw4, VpnGw5 or their AZ "
        + "variants with Generation1.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "expressroute", "sku"},
    precision = "very-high")
public final class InvalidGatewaySkuCombination implements Rule {

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
      if (skuField.isUnknown()) {
        findings.notChecked(gateway, skuField.rangeOr(header),
            "its SKU is unknown (" + skuField.unknownReason().orElse("") + ")");
      }
      return;
    }
    String sku = known.get();
    Field<String> type = gateway.gatewayType();
    if (type.isUnknown()) {
      findings.notChecked(gateway, type.rangeOr(header),
          "its gateway type is unknown (" + type.unknownReason().orElse("") + ")");
      return;
    }
    if (gateway.isExpressRoute() && GatewaySkus.isVpnOnly(sku)) {
      findings.report(gateway, "sku", skuField.rangeOr(header), gateway.describe() + " has type ExpressRoute but "
              + "the VPN SKU " + sku + "; an ExpressRoute gateway needs an ExpressRoute SKU (ErGw1AZ, ErGw2AZ, "
              + "ErGw3AZ or ErGwScale)")
          .related(type.rangeOr(header), "gateway type ExpressRoute");
      return;
    }
    if (!gateway.isVpn()) {
      return;
    }
    if (GatewaySkus.isExpressRouteOnly(sku)) {
      findings.report(gateway, "sku", skuField.rangeOr(header), gateway.describe() + " is a VPN gateway but has "
              + "the ExpressRoute SKU " + sku + "; a VPN gateway needs a VPN SKU (VpnGw1AZ to VpnGw5AZ)")
          .related(type.rangeOr(header), type.isAbsent() ? "gateway type Vpn (the default)" : "gateway type Vpn");
      return;
    }
    checkVpnType(gateway, sku, findings);
    checkGeneration(gateway, sku, findings);
  }

  private static void checkVpnType(VirtualNetworkGateway gateway, String sku, Findings findings) {
    SourceRange header = gateway.header().range();
    Field<String> vpnType = gateway.vpnType();
    if (sku.equalsIgnoreCase("Basic")) {
      return;
    }
    if (vpnType.isUnknown()) {
      findings.notChecked(gateway, vpnType.rangeOr(header),
          "its VPN type is unknown (" + vpnType.unknownReason().orElse("") + ")");
      return;
    }
    if (vpnType.valueOr("RouteBased").map(t -> t.trim().equalsIgnoreCase("PolicyBased")).orElse(false)) {
      findings.report(gateway, "vpnType", vpnType.rangeOr(header), gateway.describe() + " is PolicyBased with SKU "
              + sku + "; only the Basic SKU supports PolicyBased: use RouteBased (with policy-based traffic "
              + "selectors on the connection if the on-premises device needs them)")
          .related(gateway.sku().rangeOr(header), "SKU " + sku + ", which is route-based only");
    }
  }

  private static void checkGeneration(VirtualNetworkGateway gateway, String sku, Findings findings) {
    SourceRange header = gateway.header().range();
    Optional<String> required = GatewaySkus.onlyGeneration(sku);
    if (required.isEmpty()) {
      return;
    }
    Field<String> generation = gateway.generation();
    if (generation.isUnknown()) {
      findings.notChecked(gateway, generation.rangeOr(header),
          "its generation is unknown (" + generation.unknownReason().orElse("") + ")");
      return;
    }
    Optional<String> gen = generation.known().map(String::trim);
    if (gen.isEmpty() || gen.get().equalsIgnoreCase(required.get())
        || !(gen.get().equalsIgnoreCase("Generation1") || gen.get().equalsIgnoreCase("Generation2"))) {
      return;
    }
    findings.report(gateway, "generation", generation.rangeOr(header), gateway.describe() + " has SKU " + sku
            + " with " + gen.get() + ", but " + sku + " exists only in " + required.get() + ": set "
            + required.get() + " or choose a SKU that " + gen.get() + " offers")
        .related(gateway.sku().rangeOr(header), "SKU " + sku + ", " + required.get() + " only");
  }
}
