package io.vnetlint.rules.peering;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VNL106: only one peering of a virtual network may use remote gateways. */
@RuleInfo(
    id = "VNL106",
    name = "MultipleUseRemoteGateways",
    level = Level.ERROR,
    shortDescription = "More than one peering of a virtual network uses remote gateways",
    fullDescription = "Two or more peerings declared on the same virtual network set useRemoteGateways. A virtual "
        + "network can use the gateway of one remote network only; Azure rejects the second peering that sets the "
        + "flag. Each such peering is reported, with the others as related locations.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: the peered network without a gateway uses the remote one",
    tags = {"network", "peering", "gateway-transit"},
    precision = "very-high")
public final class MultipleUseRemoteGateways implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetwork network : graph.all(VirtualNetwork.class)) {
      List<Peering> using = new ArrayList<>();
      List<Peering> unknown = new ArrayList<>();
      for (Peering p : graph.peeringsOf(network)) {
        Optional<Boolean> uses = p.useRemoteGateways().valueOr(false);
        if (uses.isEmpty()) {
          unknown.add(p);
        } else if (uses.get()) {
          using.add(p);
        }
      }
      if (using.size() == 1 && !unknown.isEmpty()) {
        // Whether a second peering uses remote gateways is not known: say so where the question is open.
        for (Peering p : unknown) {
          findings.notChecked(p, p.useRemoteGateways().rangeOr(p.header().range()),
              "useRemoteGateways is unknown (" + p.useRemoteGateways().unknownReason().orElse("") + ") while "
                  + using.get(0).describe() + " of the same " + network.describe() + " sets it");
        }
      }
      if (using.size() < 2) {
        continue;
      }
      for (Peering p : using) {
        List<String> others = new ArrayList<>();
        for (Peering q : using) {
          if (q != p) {
            others.add(q.describe());
          }
        }
        String message = p.describe() + " sets useRemoteGateways, and so does " + String.join(" and ", others)
            + " of the same " + network.describe() + "; only one peering of a virtual network may use remote "
            + "gateways";
        Findings.Report report =
            findings.report(p, "useRemoteGateways", p.useRemoteGateways().rangeOr(p.header().range()), message);
        for (Peering q : using) {
          if (q != p) {
            report.related(q, q.useRemoteGateways().rangeOr(q.header().range()),
                "other " + q.describe() + " of " + network.describe() + " that also uses remote gateways");
          }
        }
      }
    }
  }
}
