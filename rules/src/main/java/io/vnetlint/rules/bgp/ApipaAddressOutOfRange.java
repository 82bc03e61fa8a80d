package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL607: Azure accepts custom APIPA BGP addresses on a VPN gateway only from 169.254.21.0-169.254.22.255 (facts
 * file section C). One finding per gateway, on its first address out of range; the others are related locations.
 * The connection's own custom BGP addresses are not in the model yet, so only gateways are checked.
 */
@RuleInfo(
    id = "VNL607",
    name = "ApipaAddressOutOfRange",
    level = Level.ERROR,
    shortDescription = "A custom APIPA BGP address lies outside 169.254.21.0-169.254.22.255",
    fullDescription = "A custom (APIPA) BGP address of a virtual network gateway lies outside the range Azure "
        + "accepts for VPN gateways, 169.254.21.0 to 169.254.22.255. Azure rejects the gateway.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5: BGP peer addresses of the Azure gateway (custom APIPA addresses, added since the guide)",
    tags = {"network", "vpn", "bgp", "apipa"},
    precision = "very-high")
public final class ApipaAddressOutOfRange implements Rule {

  private static final long FIRST = ipv4("169.254.21.0").orElseThrow();
  private static final long LAST = ipv4("169.254.22.255").orElseThrow();

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetworkGateway gateway : graph.all(VirtualNetworkGateway.class)) {
      if (!gateway.isExpressRoute()) {
        check(gateway, findings);
      }
    }
  }

  private static void check(VirtualNetworkGateway gateway, Findings findings) {
    Field<BgpSettings> settings = gateway.bgpSettings();
    if (settings.isUnknown()) {
      findings.notChecked(gateway, settings.rangeOr(gateway.header().range()),
          "its BGP settings are unknown (" + settings.unknownReason().orElse("") + ")");
      return;
    }
    if (settings.known().isEmpty()) {
      return;
    }
    List<Field<String>> outside = new ArrayList<>();
    for (Field<String> address : settings.known().get().customApipaAddresses()) {
      if (address.isUnknown()) {
        findings.notChecked(gateway, address.rangeOr(gateway.header().range()),
            "a custom APIPA BGP address is unknown (" + address.unknownReason().orElse("") + ")");
        continue;
      }
      Optional<String> value = address.known();
      if (value.isPresent() && !inRange(value.get())) {
        outside.add(address);
      }
    }
    if (outside.isEmpty()) {
      return;
    }
    List<String> values = new ArrayList<>();
    for (Field<String> f : outside) {
      values.add("'" + f.known().orElseThrow().strip() + "'");
    }
    String message = gateway.describe() + " uses custom APIPA BGP address" + (values.size() > 1 ? "es " : " ")
        + String.join(", ", values) + " outside the range Azure accepts for VPN gateways, "
        + "169.254.21.0-169.254.22.255";
    Field<String> first = outside.get(0);
    Findings.Report report =
        findings.report(gateway, "bgpSettings.customApipaAddresses", first.rangeOr(gateway.header().range()), message);
    for (Field<String> other : outside.subList(1, outside.size())) {
      report.related(other.rangeOr(gateway.header().range()),
          "custom APIPA address '" + other.known().orElseThrow().strip() + "', also out of range");
    }
  }

  private static boolean inRange(String address) {
    Optional<Long> v = ipv4(address.strip());
    return v.isPresent() && v.get() >= FIRST && v.get() <= LAST;
  }

  /** The dotted-quad IPv4 address as a number, or empty when it is not one. */
  private static Optional<Long> ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      int octet = Integer.parseInt(p);
      if (octet > 255) {
        return Optional.empty();
      }
      v = v * 256 + octet;
    }
    return Optional.of(v);
  }
}
