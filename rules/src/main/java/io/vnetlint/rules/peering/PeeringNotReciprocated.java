package io.vnetlint.rules.peering;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Peerings;

/**
 * VNL102: a peering A→B whose reverse B→A is missing although B is in the scan. A peering to a classic virtual
 * network is exempt: Resource Manager to classic peering is configured on the Resource Manager side only.
 */
@RuleInfo(
    id = "VNL102",
    name = "PeeringNotReciprocated",
    level = Level.WARNING,
    shortDescription = "A virtual network peering has no peering in the opposite direction",
    fullDescription = "A peering from virtual network A to virtual network B is declared, B is declared in the "
        + "scanned files, and no peering from B back to A is. A peering stays in the Initiated state and carries "
        + "no traffic until the other direction is created.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 1, Configuration 1: check the peering on both virtual networks",
    tags = {"network", "peering"})
public final class PeeringNotReciprocated implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      Peerings.Reverse reverse = Peerings.reverseOf(graph, peering);
      if (reverse instanceof Peerings.Reverse.Uncertain u) {
        findings.notChecked(peering, u.range(), "the reverse peering cannot be identified: " + u.reason());
      } else if (reverse instanceof Peerings.Reverse.Missing m && m.remote() instanceof VirtualNetwork remote) {
        String message = peering.describe() + " from " + m.local().describe() + " to " + remote.describe()
            + " has no peering back from '" + remote.header().displayName() + "' to '"
            + m.local().header().displayName() + "'; the peering stays Initiated and carries no traffic";
        findings.report(peering, "", peering.header().range(), message)
            .related(remote, remote.header().range(),
                "remote " + remote.describe() + ", which declares no peering back to '"
                    + m.local().header().displayName() + "'");
      }
    }
  }
}
