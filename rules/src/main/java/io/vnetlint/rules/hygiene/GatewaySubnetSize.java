package io.vnetlint.rules.hygiene;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.GatewaySubnets;
import java.util.Optional;

/**
 * VNL902: the GatewaySubnet is too small. Below /29 Azure cannot deploy a gateway (error); below /27 there is no
 * room for ExpressRoute and VPN coexistence, and the Basic public IP migration may fail (warning).
 */
@RuleInfo(
    id = "VNL902",
    name = "GatewaySubnetSize",
    level = Level.ERROR,
    shortDescription = "The GatewaySubnet is smaller than /29 (error) or /27 (warning)",
    fullDescription = "The IPv4 prefix of the subnet named GatewaySubnet is longer than /29 (too small for any "
        + "gateway: error) or longer than /27 (below the recommended size, too small for ExpressRoute and VPN "
        + "coexistence: warning).",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "vpn", "gateway-subnet"},
    precision = "very-high")
public final class GatewaySubnetSize implements Rule {
  static final int MINIMUM = 29;
  static final int RECOMMENDED = 27;

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Subnet subnet : graph.all(Subnet.class)) {
      check(graph, subnet, findings);
    }
  }

  private static void check(ResourceGraph graph, Subnet subnet, Findings findings) {
    Field<PrefixList> prefixes = subnet.addressPrefixes();
    Optional<Boolean> isGateway = GatewaySubnets.isGatewaySubnet(subnet);
    Optional<PrefixList> known = prefixes.known();
    AddressPrefix smallest = null;
    if (known.isPresent()) {
      for (AddressPrefix p : known.get().prefixes()) {
        if (p.isIpv4() && (smallest == null || p.prefixLength() > smallest.prefixLength())) {
          smallest = p;
        }
      }
    }
    boolean tooSmall = smallest != null && smallest.prefixLength() > RECOMMENDED;
    if (isGateway.isEmpty()) {
      if (tooSmall && subnet.name().isUnknown()) {
        findings.notChecked(subnet, subnet.name().rangeOr(subnet.header().range()),
            "its name is unknown (" + subnet.name().unknownReason().orElse("") + "), so it may be the GatewaySubnet");
      }
      return;
    }
    if (!isGateway.get()) {
      return;
    }
    if (!tooSmall) {
      if (prefixes.isUnknown() || (known.isPresent() && !known.get().fullyKnown())) {
        findings.notChecked(subnet, prefixes.rangeOr(subnet.header().range()),
            "its address prefixes are " + (prefixes.isUnknown() ? "unknown (" + prefixes.unknownReason().orElse("")
                + ")" : "partly unknown"));
      }
      return;
    }
    boolean belowMinimum = smallest.prefixLength() > MINIMUM;
    String subject = "GatewaySubnet"
        + graph.virtualNetworkOf(subnet).map(v -> " of " + v.describe()).orElse("") + " has prefix "
        + smallest.text() + ", ";
    String message = belowMinimum
        ? subject + "smaller than /" + MINIMUM
            + ", the minimum size for a gateway subnet; use /" + RECOMMENDED + " or larger"
        : subject + "smaller than the recommended /" + RECOMMENDED
            + ", which ExpressRoute and VPN coexistence needs (the public IP migration may also fail on /28 or smaller)";
    findings.report(subnet, "addressPrefixes", smallest.range(), message)
        .level(belowMinimum ? Level.ERROR : Level.WARNING);
  }
}
