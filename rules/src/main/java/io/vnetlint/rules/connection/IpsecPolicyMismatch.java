package io.vnetlint.rules.connection;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.ConnectionPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * VNL206: the two connections of a pair must carry the same custom IPsec/IKE policy, or neither one. Values are
 * compared ignoring case (Azure's enumerations are case-insensitive) and field by field, so the message can name
 * the fields that differ.
 */
@RuleInfo(
    id = "VNL206",
    name = "IpsecPolicyMismatch",
    level = Level.ERROR,
    shortDescription = "The two connections between two gateways carry different IPsec/IKE policies",
    fullDescription = "Two connections join the same two gateways in opposite directions, and their custom "
        + "IPsec/IKE policies differ, or only one of them carries a custom policy. Both ends must propose the same "
        + "algorithms, groups and lifetimes, otherwise the VNet-to-VNet or site-to-site connection is not "
        + "established.",
    scenario = "Scenario 1: VNet-to-VNet and site-to-site connection objects",
    guideStep = "Scenario 1, validation: both connection objects of a VNet-to-VNet link are configured alike",
    tags = {"network", "vpn", "connection", "ipsec"},
    precision = "very-high")
public final class IpsecPolicyMismatch implements Rule {

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
      if (c.ipsecPolicies().isUnknown()) {
        findings.notChecked(c, c.ipsecPolicies().rangeOr(c.header().range()),
            "its IPsec policies are unknown (" + c.ipsecPolicies().unknownReason().orElse("") + ")");
        return;
      }
    }
    List<Map<String, String>> a = policies(first);
    List<Map<String, String>> b = policies(second);
    String between = " (between gateways '" + pair.firstGateway().header().displayName() + "' and '"
        + pair.secondGateway().header().displayName() + "')";
    if (a.isEmpty() && b.isEmpty()) {
      return;
    }
    if (a.isEmpty() || b.isEmpty()) {
      Connection without = a.isEmpty() ? first : second;
      Connection with = pair.other(without);
      String message = without.describe() + " carries no custom IPsec/IKE policy, but its reverse "
          + with.describe() + between + " does; Azure's default proposals on one end do not match the custom "
          + "policy on the other, so the connection is not established";
      findings.report(without, "ipsecPolicies", without.header().range(), message)
          .related(with, with.ipsecPolicies().rangeOr(with.header().range()),
              "reverse " + with.describe() + " with a custom IPsec/IKE policy");
      return;
    }
    Optional<String> difference = difference(a, b);
    if (difference.isEmpty()) {
      return;
    }
    String message = "connections '" + first.header().displayName() + "' and '" + second.header().displayName()
        + "'" + between + " carry different IPsec/IKE policies (" + difference.get()
        + "); both directions must use the same policy";
    Field<List<Map<String, String>>> pa = first.ipsecPolicies();
    findings.report(first, "ipsecPolicies", pa.rangeOr(first.header().range()), message)
        .related(second, second.ipsecPolicies().rangeOr(second.header().range()),
            "reverse " + second.describe() + ", whose IPsec/IKE policy differs");
  }

  private static List<Map<String, String>> policies(Connection c) {
    return c.ipsecPolicies().known().orElse(List.of());
  }

  /** The differing fields of the first policies ("ikeEncryption AES256 vs GCMAES256"), or the count difference. */
  private static Optional<String> difference(List<Map<String, String>> a, List<Map<String, String>> b) {
    if (a.size() != b.size()) {
      return Optional.of(a.size() + " policies vs " + b.size());
    }
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      TreeSet<String> keys = new TreeSet<>(a.get(i).keySet());
      keys.addAll(b.get(i).keySet());
      for (String key : keys) {
        String x = normalized(a.get(i).get(key));
        String y = normalized(b.get(i).get(key));
        if (!x.equals(y)) {
          diffs.add(key + " " + shown(a.get(i).get(key)) + " vs " + shown(b.get(i).get(key)));
        }
      }
    }
    return diffs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", diffs));
  }

  private static String normalized(String v) {
    return v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
  }

  private static String shown(String v) {
    return v == null ? "(not set)" : v.trim();
  }
}
