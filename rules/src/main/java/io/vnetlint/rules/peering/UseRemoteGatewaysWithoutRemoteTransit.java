package io.vnetlint.rules.peering;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.fix.AttributeFix;
import io.vnetlint.rules.query.Peerings;
import java.util.Optional;

/** VNL103: a peering uses the remote network's gateways, but the reverse peering does not offer them. */
@RuleInfo(
    id = "VNL103",
    name = "UseRemoteGatewaysWithoutRemoteTransit",
    level = Level.ERROR,
    shortDescription = "A peering uses remote gateways but the reverse peering does not allow gateway transit",
    fullDescription = "A peering from A to B sets useRemoteGateways, the reverse peering from B to A is declared, "
        + "and it does not set allowGatewayTransit (which defaults to false). A can use B's gateway only when B "
        + "allows gateway transit on its side of the peering.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: Allow Gateway Transit on one side, Use Remote Gateway on the"
        + " other",
    tags = {"network", "peering", "gateway-transit"},
    precision = "very-high")
public final class UseRemoteGatewaysWithoutRemoteTransit implements Rule {
  private static final AttributeFix.Names ALLOW_GATEWAY_TRANSIT =
      AttributeFix.Names.of("allowGatewayTransit", "allow_gateway_transit");

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      SourceRange useAttr = peering.useRemoteGateways().rangeOr(peering.header().range());
      Optional<Boolean> uses = peering.useRemoteGateways().valueOr(false);
      if (uses.isEmpty()) {
        findings.notChecked(peering, useAttr,
            "useRemoteGateways is unknown (" + peering.useRemoteGateways().unknownReason().orElse("") + ")");
        continue;
      }
      if (!uses.get()) {
        continue;
      }
      Peerings.Reverse reverse = Peerings.reverseOf(graph, peering);
      if (reverse instanceof Peerings.Reverse.Uncertain u) {
        findings.notChecked(peering, u.range(), "the reverse peering cannot be identified: " + u.reason());
        continue;
      }
      if (!(reverse instanceof Peerings.Reverse.Found found)) {
        continue; // no reverse peering: VNL102 reports it
      }
      Peering back = found.peering();
      Optional<Boolean> allows = back.allowGatewayTransit().valueOr(false);
      if (allows.isEmpty()) {
        findings.notChecked(peering, back.allowGatewayTransit().rangeOr(back.header().range()),
            "allowGatewayTransit of the reverse " + back.describe() + " is unknown ("
                + back.allowGatewayTransit().unknownReason().orElse("") + ")");
        continue;
      }
      if (allows.get()) {
        continue;
      }
      String message = peering.describe() + " sets useRemoteGateways, but the reverse " + back.describe()
          + " does not allow gateway transit";
      String role = back.allowGatewayTransit().isAbsent()
          ? "reverse " + back.describe() + " does not set allowGatewayTransit (default false)"
          : "reverse " + back.describe() + " sets allowGatewayTransit to false";
      findings.report(peering, "useRemoteGateways", useAttr, message)
          .related(back, back.allowGatewayTransit().rangeOr(back.header().range()), role)
          .fix(AttributeFix.set(back, back.allowGatewayTransit(), ALLOW_GATEWAY_TRANSIT, true,
              "allow gateway transit on the reverse " + back.describe()));
    }
  }
}
