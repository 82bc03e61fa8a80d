package io.vnetlint.rules.peering;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** VNL101: the two networks of a peering have overlapping address spaces; Azure refuses the peering. */
@RuleInfo(
    id = "VNL101",
    name = "PeeredAddressSpaceOverlap",
    level = Level.ERROR,
    shortDescription = "The address spaces of two peered virtual networks overlap",
    fullDescription = "A virtual network peering joins two virtual networks whose address spaces overlap: some "
        + "prefix of one network intersects some prefix of the other (IPv4 or IPv6). Azure refuses to create the "
        + "peering. Reported on each direction's peering, with the overlapping prefixes.",
    scenario = "Scenario 1 and 4: virtual network peering",
    guideStep = "Scenario 1, Configuration 1: the peered virtual networks must have nonoverlapping IP address spaces",
    tags = {"network", "peering", "address-space"},
    precision = "very-high")
public final class PeeredAddressSpaceOverlap implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (Peering peering : graph.all(Peering.class)) {
      check(graph, peering, findings);
    }
  }

  private void check(ResourceGraph graph, Peering peering, Findings findings) {
    SourceRange remoteAttr = peering.remoteVirtualNetwork().rangeOr(peering.header().range());
    Resolution localRef = graph.localNetwork(peering);
    Resolution remoteRef = graph.remoteNetwork(peering);
    if (localRef.isUncertain()) {
      findings.notChecked(peering, peering.virtualNetwork().rangeOr(peering.header().range()),
          "its virtual network cannot be identified: " + localRef.explain());
      return;
    }
    if (remoteRef.isUncertain()) {
      findings.notChecked(peering, remoteAttr,
          "its remote virtual network cannot be identified: " + remoteRef.explain());
      return;
    }
    Optional<AzureResource> local = localRef.resource().filter(Networks::isNetwork);
    Optional<AzureResource> remote = remoteRef.resource().filter(Networks::isNetwork);
    if (local.isEmpty() || remote.isEmpty() || local.get() == remote.get()) {
      return;
    }
    Field<PrefixList> localSpace = Networks.addressSpace(local.get());
    Field<PrefixList> remoteSpace = Networks.addressSpace(remote.get());
    if (unknownSpace(peering, local.get(), localSpace, findings)
        || unknownSpace(peering, remote.get(), remoteSpace, findings)) {
      return;
    }
    Optional<PrefixList> mine = localSpace.known();
    Optional<PrefixList> theirs = remoteSpace.known();
    if (mine.isEmpty() || theirs.isEmpty()) {
      return; // a network without an address space (e.g. an IPAM pool): nothing to compare
    }
    // Overlaps between known prefixes are certain even when other prefixes are unknown.
    List<AddressPrefix[]> overlaps = mine.get().overlapsWith(theirs.get());
    if (overlaps.isEmpty()) {
      if (!mine.get().fullyKnown() || !theirs.get().fullyKnown()) {
        findings.notChecked(peering, remoteAttr,
            "some prefixes of the address spaces of " + local.get().describe() + " and " + remote.get().describe()
                + " are unknown");
      }
      return;
    }
    List<String> pairs = new ArrayList<>();
    for (AddressPrefix[] pair : overlaps) {
      pairs.add(pair[0].text() + " overlaps " + pair[1].text());
    }
    String message = peering.describe() + " joins " + local.get().describe() + " and remote "
        + remote.get().describe() + ", whose address spaces overlap: " + String.join(", ", pairs)
        + "; Azure refuses to peer virtual networks with overlapping address spaces";
    findings.report(peering, "remoteVirtualNetwork", remoteAttr, message)
        .related(local.get(), localSpace.rangeOr(local.get().header().range()),
            "local " + Networks.describeWithSpace(local.get()))
        .related(remote.get(), remoteSpace.rangeOr(remote.get().header().range()),
            "remote " + Networks.describeWithSpace(remote.get()));
  }

  private static boolean unknownSpace(
      Peering peering, AzureResource network, Field<PrefixList> space, Findings findings) {
    if (!space.isUnknown()) {
      return false;
    }
    findings.notChecked(peering, space.rangeOr(network.header().range()),
        "the address space of " + network.describe() + " is unknown (" + space.unknownReason().orElse("") + ")");
    return true;
  }
}
