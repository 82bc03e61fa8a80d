package io.vnetlint.rules.activeactive;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.IpConfiguration;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * VNL701: the number of IP configurations follows the gateway's mode: one for active-standby, one per instance for
 * active-active, plus a third for point-to-site on a zone-redundant (AZ SKU) active-active gateway.
 */
@RuleInfo(
    id = "VNL701",
    name = "ActiveActiveIpConfigurations",
    level = Level.ERROR,
    shortDescription = "A gateway's number of IP configurations does not match its active-active mode",
    fullDescription = "An active-active VPN gateway does not have exactly two IP configurations (three when it is "
        + "zone-redundant, an AZ SKU, and has a point-to-site configuration), or an active-standby VPN gateway has "
        + "more than one. Azure rejects the gateway, or it does not get the instances and public IPs the design "
        + "expects.",
    scenario = "Scenario 6: active-active",
    guideStep = "Scenario 6: an active-active gateway has two gateway IP configurations with two public IPs",
    tags = {"network", "vpn", "active-active"},
    precision = "high")
public final class ActiveActiveIpConfigurations implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (gateway.gatewayType().isUnknown()) {
        findings.notChecked(gateway, gateway.gatewayType().rangeOr(gateway.header().range()),
            "whether it is a VPN gateway is unknown (" + gateway.gatewayType().unknownReason().orElse("") + ")");
        continue;
      }
      // ExpressRoute gateways have no active-active setting and no public IP of their own
      if (gateway.isVpn() && !activeActiveUnsupported(gateway)) {
        check(gateway, findings);
      }
    }
  }

  /** Active-active where it cannot exist is VNL702's finding; counting its IP configurations adds nothing. */
  private static boolean activeActiveUnsupported(VirtualNetworkGateway gateway) {
    boolean activeActive = gateway.activeActive().known().orElse(false);
    boolean badSku = gateway.sku().known().map(String::trim)
        .map(s -> s.equalsIgnoreCase("Basic") || s.equalsIgnoreCase("Standard")).orElse(false);
    boolean policyBased = gateway.vpnType().known().map(t -> t.trim().equalsIgnoreCase("PolicyBased")).orElse(false);
    return activeActive && (badSku || policyBased);
  }

  private static void check(VirtualNetworkGateway gateway, Findings findings) {
    SourceRange header = gateway.header().range();
    Field<List<IpConfiguration>> configurations = gateway.ipConfigurations();
    if (configurations.isUnknown()) {
      findings.notChecked(gateway, configurations.rangeOr(header),
          "its IP configurations are unknown (" + configurations.unknownReason().orElse("") + ")");
      return;
    }
    List<IpConfiguration> configs = configurations.known().orElse(List.of());
    Field<Boolean> activeActive = gateway.activeActive();
    Optional<Boolean> isActiveActive = activeActive.valueOr(false); // Azure's and the provider's default
    if (isActiveActive.isEmpty()) {
      findings.notChecked(gateway, activeActive.rangeOr(header), "whether it is active-active is unknown ("
          + activeActive.unknownReason().orElse("") + ")");
      return;
    }
    if (!isActiveActive.get()) {
      if (configs.size() > 1) {
        reportActiveStandby(gateway, configs, findings);
      }
      return;
    }
    Optional<Integer> expected = expectedActiveActive(gateway);
    if (expected.isEmpty()) {
      // two or three may both be right; fewer or more are wrong either way
      if (configs.size() == 2 || configs.size() == 3) {
        Field<?> unknown = gateway.sku().isUnknown() ? gateway.sku() : gateway.vpnClientConfiguration();
        if (unknown.known().orElse(null) instanceof VirtualNetworkGateway.VpnClientConfiguration c) {
          unknown = c.addressPool(); // the configuration is written, its address pool is what is unknown
        }
        findings.notChecked(gateway, unknown.rangeOr(header), "it is active-active with " + configs.size()
            + " IP configurations, but whether it needs a third for point-to-site is unknown ("
            + unknown.unknownReason().orElse("") + ")");
        return;
      }
      expected = Optional.of(configs.size() < 2 ? 2 : 3);
    }
    if (configs.size() != expected.get()) {
      reportActiveActive(gateway, configs, expected.get(), findings);
    }
  }

  /**
   * 3 for a zone-redundant gateway with point-to-site, else 2; empty when the SKU or the point-to-site
   * configuration is unknown and could decide it.
   */
  private static Optional<Integer> expectedActiveActive(VirtualNetworkGateway gateway) {
    Optional<Boolean> p2s = servesPointToSite(gateway);
    if (p2s.isPresent() && !p2s.get()) {
      return Optional.of(2);
    }
    Optional<Boolean> zoneRedundant = gateway.sku().known().map(ActiveActiveIpConfigurations::isZoneRedundant);
    if (zoneRedundant.isPresent() && !zoneRedundant.get()) {
      return Optional.of(2);
    }
    if (zoneRedundant.isEmpty() && !gateway.sku().isUnknown()) {
      return Optional.of(2); // no SKU written: not an AZ SKU the scan can see
    }
    if (p2s.isEmpty() || zoneRedundant.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(3);
  }

  /**
   * Whether the gateway serves point-to-site clients: it has a client configuration with a client address pool. A
   * configuration without a pool serves no client (VNL306 reports it), so it does not call for a third IP
   * configuration. Empty when the configuration or its pool is unknown.
   */
  static Optional<Boolean> servesPointToSite(VirtualNetworkGateway gateway) {
    Field<VirtualNetworkGateway.VpnClientConfiguration> config = gateway.vpnClientConfiguration();
    if (config.isAbsent()) {
      return Optional.of(false);
    }
    if (!(config instanceof Field.Known<VirtualNetworkGateway.VpnClientConfiguration> k)) {
      return Optional.empty();
    }
    Field<PrefixList> pool = k.value().addressPool();
    if (pool.isAbsent()) {
      return Optional.of(false);
    }
    Optional<PrefixList> prefixes = pool.known();
    if (prefixes.isEmpty()) {
      return Optional.empty();
    }
    if (!prefixes.get().prefixes().isEmpty()) {
      return Optional.of(true);
    }
    return prefixes.get().fullyKnown() ? Optional.of(false) : Optional.empty();
  }

  /** The AZ SKUs (VpnGw1AZ to VpnGw5AZ) are the zone-redundant VPN gateways. */
  static boolean isZoneRedundant(String sku) {
    String s = sku.trim();
    return s.regionMatches(true, 0, "VpnGw", 0, 5) && s.toUpperCase(java.util.Locale.ROOT).endsWith("AZ");
  }

  private static void reportActiveStandby(
      VirtualNetworkGateway gateway, List<IpConfiguration> configs, Findings findings) {
    IpConfiguration extra = configs.get(1);
    String message = gateway.describe() + " is active-standby but has " + configs.size()
        + " IP configurations; an active-standby gateway has exactly one. Enable active-active for two instances "
        + "with a public IP each, or remove IP configuration " + label(extra, 1);
    Field<Boolean> flag = gateway.activeActive();
    findings.report(gateway, "ipConfigurations", extra.range(), message)
        .related(flag.rangeOr(gateway.header().range()), flag.isKnown()
            ? "active-active is disabled here" : "active-active is not set, so the gateway is active-standby");
  }

  private static void reportActiveActive(
      VirtualNetworkGateway gateway, List<IpConfiguration> configs, int expected, Findings findings) {
    SourceRange header = gateway.header().range();
    String sku = gateway.sku().known().map(String::trim).orElse("");
    String need = expected == 3
        ? "an active-active zone-redundant gateway (SKU " + sku + ") with point-to-site needs exactly 3: one per "
            + "instance and a third for point-to-site, each with its own Standard, Static public IP (the third "
            + "non-zonal)"
        : "an active-active gateway needs exactly 2, one per instance, each with its own Standard, Static public IP";
    String message = gateway.describe() + " has " + count(configs.size()) + "; " + need;
    SourceRange at;
    if (configs.size() > expected) {
      at = configs.get(expected).range();
      message += "; remove IP configuration " + label(configs.get(expected), expected)
          + (configs.size() > expected + 1 ? " and those after it" : "");
    } else {
      at = gateway.ipConfigurations().isKnown() ? gateway.ipConfigurations().rangeOr(header)
          : gateway.activeActive().rangeOr(header);
    }
    Findings.Report report = findings.report(gateway, "ipConfigurations", at, message)
        .related(gateway.activeActive().rangeOr(header), "active-active is enabled here");
    if (expected == 3) {
      report.related(gateway.sku().rangeOr(header), "the zone-redundant SKU " + sku);
      report.related(gateway.vpnClientConfiguration().rangeOr(header),
          "the point-to-site configuration, which needs the third IP configuration");
    }
  }

  private static String count(int n) {
    return n == 0 ? "no IP configuration" : n == 1 ? "1 IP configuration" : n + " IP configurations";
  }

  private static String label(IpConfiguration config, int index) {
    return config.name().known().map(n -> "'" + n + "'").orElse("#" + (index + 1));
  }
}
