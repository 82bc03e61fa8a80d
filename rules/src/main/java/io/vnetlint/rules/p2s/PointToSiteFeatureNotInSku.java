package io.vnetlint.rules.p2s;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.VpnClientConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VNL303: the Basic SKU offers point-to-site over SSTP with certificates only. */
@RuleInfo(
    id = "VNL303",
    name = "PointToSiteFeatureNotInSku",
    level = Level.ERROR,
    shortDescription = "A Basic SKU gateway uses a point-to-site feature the SKU lacks",
    fullDescription = "A virtual network gateway of SKU Basic enables IKEv2 or OpenVPN, RADIUS authentication, or "
        + "Microsoft Entra ID authentication for point-to-site. Basic supports only SSTP with certificate "
        + "authentication, and a Basic gateway cannot be resized: it must be deleted and recreated with VpnGw1AZ or "
        + "larger.",
    scenario = "Scenario 2: point-to-site",
    guideStep = "Scenario 2, configuration: the gateway SKU decides the point-to-site protocols and authentication",
    tags = {"network", "vpn", "point-to-site", "sku"},
    precision = "very-high")
public final class PointToSiteFeatureNotInSku implements Rule {

  /** A point-to-site feature the Basic SKU lacks, and where it is written. */
  private record Feature(String description, SourceRange at, String attribute) {}

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.vpnClientConfiguration() instanceof Field.Known<VpnClientConfiguration> config
          && !gateway.isExpressRoute()) {
        check(gateway, config.value(), findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, VpnClientConfiguration config, Findings findings) {
    List<Feature> features = unsupportedOnBasic(config);
    if (features.isEmpty()) {
      return;
    }
    SourceRange header = gateway.header().range();
    Optional<String> sku = gateway.sku().known();
    if (sku.isEmpty()) {
      if (gateway.sku().isUnknown()) {
        findings.notChecked(gateway, gateway.sku().rangeOr(header),
            "its SKU is unknown (" + gateway.sku().unknownReason().orElse("") + ")");
      }
      return;
    }
    if (!sku.get().trim().equalsIgnoreCase("Basic")) {
      return;
    }
    Feature first = features.get(0);
    String names = String.join(", ", features.stream().map(Feature::description).toList());
    String message = gateway.describe() + " is SKU Basic and its point-to-site configuration uses " + names
        + "; Basic supports only SSTP with certificate authentication, and a Basic gateway must be deleted and "
        + "recreated with VpnGw1AZ or larger to get these features";
    Findings.Report report = findings.report(gateway, first.attribute(), first.at(), message)
        .related(gateway.sku().rangeOr(header), "SKU Basic (point-to-site over SSTP with certificates only)");
    for (Feature other : features.subList(1, features.size())) {
      if (!other.at().equals(first.at())) {
        report.related(other.at(), other.description());
      }
    }
  }

  private static List<Feature> unsupportedOnBasic(VpnClientConfiguration config) {
    List<Feature> out = new ArrayList<>();
    SourceRange fallback = config.range();
    Field<List<String>> protocols = config.protocols();
    for (String protocol : protocols.known().orElse(List.of())) {
      if (protocol.trim().equalsIgnoreCase("IkeV2") || protocol.trim().equalsIgnoreCase("OpenVPN")) {
        out.add(new Feature("the " + protocol.trim() + " protocol", protocols.rangeOr(fallback), "vpnClientProtocols"));
      }
    }
    Field<List<String>> auth = config.authenticationTypes();
    List<String> types = auth.known().orElse(List.of());
    boolean radius = types.stream().anyMatch(t -> t.trim().equalsIgnoreCase("Radius"));
    boolean aad = types.stream().anyMatch(t -> t.trim().equalsIgnoreCase("AAD"));
    if (radius) {
      out.add(new Feature("RADIUS authentication", auth.rangeOr(fallback), "vpnAuthenticationTypes"));
    } else if (auth.isAbsent() && config.radiusServerAddress().isKnown()) {
      out.add(new Feature("RADIUS authentication", config.radiusServerAddress().rangeOr(fallback),
          "radiusServerAddress"));
    }
    if (aad) {
      out.add(new Feature("Microsoft Entra ID authentication", auth.rangeOr(fallback), "vpnAuthenticationTypes"));
    } else if (auth.isAbsent() && config.aadTenant().isKnown()) {
      out.add(new Feature("Microsoft Entra ID authentication", config.aadTenant().rangeOr(fallback), "aadTenant"));
    }
    return out;
  }
}
