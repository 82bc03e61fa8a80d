package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.Connection;
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
 * file section C). Checked where they are written: the gateway's own custom APIPA addresses and the custom BGP
 * addresses a (non-ExpressRoute) connection selects for its gateway's IP configurations. One finding per gateway or
 * connection, on its first address out of range; the others are related locations. Unknown addresses are "not
 * checked", never in range.
 */
@RuleInfo(
    id = "VNL607",
    name = "ApipaAddressOutOfRange",
    level = Level.ERROR,
    shortDescription = "A custom APIPA BGP address lies outside 169.254.21.0-169.254.22.255",
    fullDescription = "A custom (APIPA) BGP address of a virtual network gateway, or a custom BGP address a "
        + "connection sets for its gateway, lies outside the range Azure accepts for VPN gateways, 169.254.21.0 to "
        + "169.254.22.255. Azure rejects the gateway or the connection.",
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
    for (Connection connection : graph.all(Connection.class)) {
      if (!connection.isType("ExpressRoute")) {
        check(connection, findings);
      }
    }
  }

  private static void check(Connection connection, Findings findings) {
    SourceRange fallback = connection.header().range();
    Field<List<Field<String>>> addresses = connection.customBgpAddresses();
    if (addresses.isUnknown()) {
      findings.notChecked(connection, addresses.rangeOr(fallback),
          "its custom BGP addresses are unknown (" + addresses.unknownReason().orElse("") + ")");
      return;
    }
    List<Field<String>> outside = outside(connection, addresses.known().orElse(List.of()), fallback, findings,
        "a custom BGP address");
    if (outside.isEmpty()) {
      return;
    }
    String message = connection.describe() + " sets custom BGP address" + quoted(outside)
        + " outside the range Azure accepts for VPN gateways, 169.254.21.0-169.254.22.255";
    report(findings.report(connection, "customBgpAddresses", outside.get(0).rangeOr(fallback), message), outside,
        fallback, "custom BGP address");
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
    SourceRange fallback = gateway.header().range();
    List<Field<String>> outside = outside(gateway, settings.known().get().customApipaAddresses(), fallback, findings,
        "a custom APIPA BGP address");
    if (outside.isEmpty()) {
      return;
    }
    String message = gateway.describe() + " uses custom APIPA BGP address" + quoted(outside)
        + " outside the range Azure accepts for VPN gateways, 169.254.21.0-169.254.22.255";
    report(findings.report(gateway, "bgpSettings.customApipaAddresses", outside.get(0).rangeOr(fallback), message),
        outside, fallback, "custom APIPA address");
  }

  /** The known addresses out of range, in source order; each unknown one is recorded as not checked. */
  private static List<Field<String>> outside(AzureResource subject, List<Field<String>> addresses,
      SourceRange fallback, Findings findings, String what) {
    List<Field<String>> outside = new ArrayList<>();
    for (Field<String> address : addresses) {
      if (address.isUnknown()) {
        findings.notChecked(subject, address.rangeOr(fallback),
            what + " is unknown (" + address.unknownReason().orElse("") + ")");
        continue;
      }
      Optional<String> value = address.known();
      if (value.isPresent() && !inRange(value.get())) {
        outside.add(address);
      }
    }
    return outside;
  }

  /** "es 'a', 'b'" or " 'a'": the plural suffix and the quoted addresses, for the message. */
  private static String quoted(List<Field<String>> outside) {
    List<String> values = new ArrayList<>();
    for (Field<String> f : outside) {
      values.add("'" + f.known().orElseThrow().strip() + "'");
    }
    return (values.size() > 1 ? "es " : " ") + String.join(", ", values);
  }

  /** The addresses after the first one, as related locations. */
  private static void report(Findings.Report report, List<Field<String>> outside, SourceRange fallback, String role) {
    for (Field<String> other : outside.subList(1, outside.size())) {
      report.related(other.rangeOr(fallback),
          role + " '" + other.known().orElseThrow().strip() + "', also out of range");
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
      if (p.isEmpty() || p.length() > 3 || !allDigits(p)) {
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

  // A loop, not chars().allMatch(...): this runs in the class's initialiser, on every scan's start-up path.
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
