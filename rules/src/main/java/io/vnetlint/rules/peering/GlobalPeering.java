package io.vnetlint.rules.peering;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** VNL110: the two peered networks are in different regions (global peering). */
@RuleInfo(
    id = "VNL110",
    name = "GlobalPeering",
    level = Level.NOTE,
    shortDescription = "The peered virtual networks are in different regions (global peering)",
    fullDescription = "A peering joins two virtual networks whose locations differ. The 2019 guide required the same "
        + "region; global peering is supported today, including gateway transit, but Basic Load Balancer front "
        + "ends are not reachable over it and ExpressRoute FastPath does not support it. Reported on each "
        + "direction's peering.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 1, Configuration 1 and Scenario 4, Configuration 2: the peered networks in the same region",
    tags = {"network", "peering", "region"},
    precision = "very-high")
public final class GlobalPeering implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      Resolution localRef = graph.localNetwork(peering);
      Resolution remoteRef = graph.remoteNetwork(peering);
      if (localRef.isUncertain() || remoteRef.isUncertain()) {
        continue; // the peering rules that need both ends record it (VNL101, VNL102)
      }
      Optional<AzureResource> local = localRef.resource().filter(Networks::isNetwork);
      Optional<AzureResource> remote = remoteRef.resource().filter(Networks::isNetwork);
      if (local.isEmpty() || remote.isEmpty()) {
        continue;
      }
      Field<String> here = local.get().header().location();
      Field<String> there = remote.get().header().location();
      if (here.isAbsent() || there.isAbsent()) {
        continue; // no documented default to compare
      }
      if (here.isUnknown() || there.isUnknown()) {
        if (sameUnknown(here, there, local.get(), remote.get())) {
          continue; // the same unknown expression of one deployment: the same region
        }
        List<String> unknown = new ArrayList<>();
        for (AzureResource network : List.of(local.get(), remote.get())) {
          network.header().location().unknownReason()
              .ifPresent(reason -> unknown.add("the location of " + network.describe() + " is unknown (" + reason
                  + ")"));
        }
        findings.notChecked(peering, peering.remoteVirtualNetwork().rangeOr(peering.header().range()),
            String.join(", and ", unknown));
        continue;
      }
      String a = here.known().orElseThrow();
      String b = there.known().orElseThrow();
      if (normalized(a).equals(normalized(b))) {
        continue;
      }
      String message = peering.describe() + " joins " + local.get().describe() + " in " + a + " and "
          + remote.get().describe() + " in " + b + ": global peering (Basic Load Balancer front ends are not "
          + "reachable over it, and ExpressRoute FastPath does not support it)";
      findings.report(peering, "remoteVirtualNetwork",
              peering.remoteVirtualNetwork().rangeOr(peering.header().range()), message)
          .related(local.get(), here.rangeOr(local.get().header().range()),
              "local " + local.get().describe() + " in " + a)
          .related(remote.get(), there.rangeOr(remote.get().header().range()),
              "remote " + remote.get().describe() + " in " + b);
    }
  }

  /** "West Europe" and "westeurope" are the same region. */
  private static String normalized(String location) {
    return location.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  private static boolean sameUnknown(Field<String> a, Field<String> b, AzureResource x, AzureResource y) {
    return a.isUnknown() && b.isUnknown() && a.unknownReason().equals(b.unknownReason())
        && x.header().origin().sameUnit(y.header().origin());
  }
}
