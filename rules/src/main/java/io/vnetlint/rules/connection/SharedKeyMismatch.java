package io.vnetlint.rules.connection;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Secret;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.ConnectionPairs;

/**
 * VNL203: the two connections of a pair must use the same pre-shared key. Keys are compared in memory with
 * {@link Secret#sameAs} and never appear in a message: findings name the connections only.
 */
@RuleInfo(
    id = "VNL203",
    name = "SharedKeyMismatch",
    level = Level.ERROR,
    shortDescription = "The two connections between two gateways use different shared keys",
    fullDescription = "Two connections join the same two gateways in opposite directions (Vnet2Vnet both ways, "
        + "or IPsec through local network gateways that represent each other's gateway), and their shared keys "
        + "differ, or one sets a key and the other does not (Azure then generates a random key). The IKE "
        + "negotiation fails and the tunnel does not come up. The keys are never printed.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation step 4: the pre-shared keys match on both connection objects",
    tags = {"network", "vpn", "connection", "shared-key"},
    precision = "very-high")
public final class SharedKeyMismatch implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    ConnectionPairs pairs = ConnectionPairs.of(graph);
    for (ConnectionPairs.Unchecked u : pairs.unchecked()) {
      findings.notChecked(u.connection(), u.range(), "it cannot be matched with a reverse connection: " + u.reason());
    }
    for (ConnectionPairs.Pair pair : pairs.pairs()) {
      check(pair, findings);
    }
  }

  private static void check(ConnectionPairs.Pair pair, Findings findings) {
    Connection first = pair.first();
    Connection second = pair.second();
    for (Connection c : new Connection[] {first, second}) {
      if (c.sharedKey().isUnknown()) {
        // The reason names what is unknown (a parameter, a Key Vault reference), never a key.
        findings.notChecked(c, c.sharedKey().rangeOr(c.header().range()),
            "its shared key is unknown (" + c.sharedKey().unknownReason().orElse("") + ")");
        return;
      }
    }
    Field<Secret> a = first.sharedKey();
    Field<Secret> b = second.sharedKey();
    String between = " (between gateways '" + pair.firstGateway().header().displayName() + "' and '"
        + pair.secondGateway().header().displayName() + "')";
    if (a.isAbsent() && b.isAbsent()) {
      return; // neither sets a key: outside this rule's definition
    }
    if (a.isAbsent() || b.isAbsent()) {
      Connection without = a.isAbsent() ? first : second;
      Connection with = pair.other(without);
      String message = without.describe() + " sets no shared key, but its reverse " + with.describe() + between
          + " does; Azure generates a random key for '" + without.header().displayName()
          + "', so the keys cannot match";
      findings.report(without, "sharedKey", without.header().range(), message)
          .related(with, with.sharedKey().rangeOr(with.header().range()),
              "reverse " + with.describe() + " sets a shared key");
      return;
    }
    Secret keyA = a.known().orElseThrow();
    Secret keyB = b.known().orElseThrow();
    if (keyA.sameAs(keyB)) {
      return;
    }
    String message = "connections '" + first.header().displayName() + "' and '" + second.header().displayName()
        + "'" + between + " use different shared keys; both directions must use the same key";
    findings.report(first, "sharedKey", a.rangeOr(first.header().range()), message)
        .related(second, b.rangeOr(second.header().range()),
            "reverse " + second.describe() + ", whose shared key differs");
  }
}
