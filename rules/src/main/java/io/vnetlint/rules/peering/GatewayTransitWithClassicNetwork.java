package io.vnetlint.rules.peering;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import java.util.Optional;

/**
 * VNL109: a peering uses the gateway of a classic virtual network. Gateway transit with a classic network works only
 * when the hub network and its gateway are Resource Manager resources, so only the direction that uses a classic
 * network's gateway is reported; offering an RM gateway to a classic spoke is the documented, supported design.
 */
@RuleInfo(
    id = "VNL109",
    name = "GatewayTransitWithClassicNetwork",
    level = Level.ERROR,
    shortDescription = "A peering uses the gateway of a classic virtual network",
    fullDescription = "A peering sets useRemoteGateways while its remote virtual network is a classic "
        + "(Microsoft.ClassicNetwork) virtual network, declared in the scan or named by its resource id. Gateway "
        + "transit between deployment models needs the hub network and its gateway in Resource Manager; a classic "
        + "network's gateway cannot be used over peering (and classic gateways are retired).",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 4, Configurations 2 and 3: gateway transit over peering, with the gateway in the hub",
    tags = {"network", "peering", "gateway-transit", "classic"},
    precision = "high")
public final class GatewayTransitWithClassicNetwork implements Rule {
  private static final String CLASSIC_VNET = "Microsoft.ClassicNetwork/virtualNetworks";

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      SourceRange useAttr = peering.useRemoteGateways().rangeOr(peering.header().range());
      Optional<Boolean> uses = peering.useRemoteGateways().valueOr(false);
      if (uses.isPresent() && !uses.get()) {
        continue;
      }
      Resolution remoteRef = graph.remoteNetwork(peering);
      Optional<String> classic = classicName(peering.remoteVirtualNetwork(), remoteRef);
      if (classic.isEmpty()) {
        if (uses.isPresent() && remoteRef instanceof Resolution.UnknownRef) {
          findings.notChecked(peering, peering.remoteVirtualNetwork().rangeOr(peering.header().range()),
              "its remote virtual network cannot be identified: " + remoteRef.explain());
        }
        continue;
      }
      if (uses.isEmpty()) {
        findings.notChecked(peering, useAttr, "useRemoteGateways is unknown ("
            + peering.useRemoteGateways().unknownReason().orElse("") + ") and the remote network is classic");
        continue;
      }
      String message = peering.describe() + " sets useRemoteGateways, but its remote virtual network '"
          + classic.get() + "' is a classic virtual network; gateway transit needs the hub network and its gateway "
          + "in Resource Manager";
      Findings.Report report = findings.report(peering, "useRemoteGateways", useAttr, message);
      Optional<ClassicVirtualNetwork> declared = remoteRef.resource(ClassicVirtualNetwork.class);
      if (declared.isPresent()) {
        report.related(declared.get(), declared.get().header().range(),
            "remote classic virtual network '" + classic.get() + "'");
      } else {
        report.related(peering.remoteVirtualNetwork().rangeOr(peering.header().range()),
            "reference to the classic virtual network '" + classic.get() + "'");
      }
    }
  }

  /** The name of the remote network when it is known to be classic: declared as such, or by its id's type. */
  private static Optional<String> classicName(Field<ResourceRef> ref, Resolution resolution) {
    Optional<ClassicVirtualNetwork> declared = resolution.resource(ClassicVirtualNetwork.class);
    if (declared.isPresent()) {
      return Optional.of(declared.get().header().displayName());
    }
    if (resolution instanceof Resolution.NotInScan
        && ref.known().orElse(null) instanceof ResourceRef.ById byId
        && byId.id().hasType(CLASSIC_VNET)) {
      return Optional.of(byId.id().name());
    }
    return Optional.empty();
  }
}
