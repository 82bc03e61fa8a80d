package io.vnetlint.rules.bgp;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.ConnectionPairs;

/**
 * VNL610: the two Vnet2Vnet connections between two gateways must agree on BGP. Reported on the connection that
 * must change: the one without BGP when both gateways enable BGP, the one with BGP when a gateway does not, else
 * the first of the pair in source order.
 */
@RuleInfo(
    id = "VNL610",
    name = "Vnet2VnetBgpOneSided",
    level = Level.WARNING,
    shortDescription = "The two connections of a VNet-to-VNet pair disagree on BGP",
    fullDescription = "Two Vnet2Vnet connections join the same two gateways in opposite directions, and one "
        + "enables BGP while the other does not. BGP must be enabled on both connection resources; otherwise "
        + "routing is limited to the two virtual networks and there is no transit.",
    scenario = "Scenario 5: BGP",
    guideStep = "Scenario 5, step 3: enable BGP on the connections (for VNet-to-VNet, on both)",
    tags = {"network", "vpn", "bgp", "connection"},
    precision = "high")
public final class Vnet2VnetBgpOneSided implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    ConnectionPairs pairs = ConnectionPairs.of(graph);
    for (ConnectionPairs.Unchecked u : pairs.unchecked()) {
      if (u.connection().enableBgp().isKnown()) {
        findings.notChecked(u.connection(), u.range(),
            "it cannot be matched with a reverse connection: " + u.reason());
      }
    }
    for (ConnectionPairs.Pair pair : pairs.pairs()) {
      if (pair.first().isType("Vnet2Vnet")) {
        check(pair, findings);
      }
    }
  }

  private static void check(ConnectionPairs.Pair pair, Findings findings) {
    for (Connection c : new Connection[] {pair.first(), pair.second()}) {
      if (c.enableBgp().isUnknown()) {
        findings.notChecked(c, c.enableBgp().rangeOr(c.header().range()),
            "whether it enables BGP is unknown (" + c.enableBgp().unknownReason().orElse("") + ")");
        return;
      }
    }
    boolean firstBgp = bgp(pair.first().enableBgp());
    boolean secondBgp = bgp(pair.second().enableBgp());
    if (firstBgp == secondBgp) {
      return;
    }
    Connection with = firstBgp ? pair.first() : pair.second();
    Connection without = pair.other(with);
    Boolean gateway1 = pair.firstGateway().enableBgp().valueOr(false).orElse(null);
    Boolean gateway2 = pair.secondGateway().enableBgp().valueOr(false).orElse(null);
    Connection subject;
    if (Boolean.TRUE.equals(gateway1) && Boolean.TRUE.equals(gateway2)) {
      subject = without;
    } else if (Boolean.FALSE.equals(gateway1) || Boolean.FALSE.equals(gateway2)) {
      subject = with;
    } else {
      subject = pair.first();
    }
    Connection other = pair.other(subject);
    String between = "between gateways '" + name(pair.firstGateway()) + "' and '" + name(pair.secondGateway())
        + "'";
    String message = "Vnet2Vnet connection '" + with.header().displayName() + "' enables BGP, but its reverse '"
        + without.header().displayName() + "' (" + between + ") does not; "
        + (subject == without
            ? "enable BGP on '" + without.header().displayName() + "' too"
            : "both gateways must enable BGP before both connections do, else disable BGP on '"
                + with.header().displayName() + "'");
    findings.report(subject, "enableBgp", subject.enableBgp().rangeOr(subject.header().range()), message)
        .related(other, other.enableBgp().rangeOr(other.header().range()), "reverse connection '"
            + other.header().displayName() + "', which " + (other == with ? "enables" : "does not enable") + " BGP");
  }

  private static boolean bgp(Field<Boolean> enableBgp) {
    return enableBgp.valueOr(false).orElse(false);
  }

  private static String name(VirtualNetworkGateway g) {
    return g.header().displayName();
  }
}
