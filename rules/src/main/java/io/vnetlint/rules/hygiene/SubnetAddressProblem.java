package io.vnetlint.rules.hygiene;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.rules.Findings;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleInfo;
import io.vnetlint.rules.query.Networks;
import io.vnetlint.rules.query.SourceOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * VNL907: a subnet must lie inside its virtual network's address space, and the subnets of one network must not
 * overlap. Overlaps are reported on the later subnet in source order, with the earlier one as related location.
 */
@RuleInfo(
    id = "VNL907",
    name = "SubnetAddressProblem",
    level = Level.ERROR,
    shortDescription = "A subnet lies outside its virtual network's address space or overlaps another subnet",
    fullDescription = "A subnet prefix lies (partly) outside the address space of its virtual network, or two "
        + "subnets of the same virtual network have overlapping prefixes. Azure rejects both.",
    scenario = "Gateway subnet and SKU hygiene",
    tags = {"network", "subnet", "address-space"},
    precision = "very-high")
public final class SubnetAddressProblem implements Rule {

  @Override
  public void check(ResourceGraph graph, Findings findings) {
    for (VirtualNetwork network : graph.all(VirtualNetwork.class)) {
      List<Subnet> subnets = new ArrayList<>(graph.subnetsOf(network));
      subnets.sort(SourceOrder.RESOURCES);
      List<Subnet> distinct = new ArrayList<>();
      for (Subnet subnet : subnets) {
        if (subnet.addressPrefixes().isUnknown()) {
          findings.notChecked(subnet, subnet.addressPrefixes().rangeOr(subnet.header().range()),
              "its address prefixes are unknown (" + subnet.addressPrefixes().unknownReason().orElse("") + ")");
          continue;
        }
        checkInside(network, subnet, findings);
        // A subnet declared twice under one name (inline and as a child resource) is one subnet: compare it once.
        if (!declaredBefore(subnet, distinct)) {
          checkOverlaps(network, subnet, distinct, findings);
          distinct.add(subnet);
        }
      }
    }
  }

  private static void checkInside(VirtualNetwork network, Subnet subnet, Findings findings) {
    Optional<PrefixList> prefixes = subnet.addressPrefixes().known();
    Field<PrefixList> spaceField = network.addressSpace();
    Optional<PrefixList> space = spaceField.known();
    if (prefixes.isEmpty() || (space.isEmpty() && !spaceField.isUnknown())) {
      return;
    }
    List<AddressPrefix> outside = new ArrayList<>();
    for (AddressPrefix p : prefixes.get().prefixes()) {
      if (space.isEmpty() || !space.get().covers(p)) {
        outside.add(p);
      }
    }
    if (outside.isEmpty()) {
      return;
    }
    // A prefix not covered by the known part of the address space may be covered by an unknown part.
    if (space.isEmpty() || !space.get().fullyKnown()) {
      findings.notChecked(subnet, outside.get(0).range(),
          "the address space of " + network.describe() + " is "
              + (space.isEmpty() ? "unknown (" + spaceField.unknownReason().orElse("") + ")" : "partly unknown"));
      return;
    }
    List<String> texts = new ArrayList<>();
    for (AddressPrefix p : outside) {
      texts.add(p.text());
    }
    String message = subnet.describe() + " has " + (texts.size() == 1 ? "prefix " : "prefixes ")
        + String.join(", ", texts) + " outside the address space of " + network.describe()
        + (space.get().prefixes().isEmpty() ? ", which lists no prefixes" : " (" + space.get().describe() + ")");
    findings.report(subnet, "addressPrefixes", outside.get(0).range(), message)
        .related(network, spaceField.rangeOr(network.header().range()), Networks.describeWithSpace(network));
  }

  private static boolean declaredBefore(Subnet subnet, List<Subnet> earlier) {
    Optional<String> name = subnet.name().known();
    return name.isPresent() && earlier.stream()
        .anyMatch(e -> e.name().known().map(n -> n.equalsIgnoreCase(name.get())).orElse(false));
  }

  private static void checkOverlaps(
      AzureResource network, Subnet subnet, List<Subnet> earlier, Findings findings) {
    Optional<PrefixList> mine = subnet.addressPrefixes().known();
    if (mine.isEmpty()) {
      return;
    }
    AddressPrefix first = null;
    List<String> clashes = new ArrayList<>();
    List<Subnet> others = new ArrayList<>();
    List<AddressPrefix> otherPrefixes = new ArrayList<>();
    for (Subnet other : earlier) {
      Optional<PrefixList> theirs = other.addressPrefixes().known();
      if (theirs.isEmpty()) {
        continue;
      }
      List<AddressPrefix[]> overlaps = mine.get().overlapsWith(theirs.get());
      if (overlaps.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = overlaps.get(0)[0];
      }
      clashes.add(overlaps.get(0)[0].text() + " overlaps " + overlaps.get(0)[1].text() + " of " + other.describe());
      others.add(other);
      otherPrefixes.add(overlaps.get(0)[1]);
    }
    if (first == null) {
      return;
    }
    String message = subnet.describe() + " of " + network.describe() + " overlaps another subnet: "
        + String.join(", ", clashes);
    Findings.Report report = findings.report(subnet, "addressPrefixes", first.range(), message);
    for (int i = 0; i < others.size(); i++) {
      report.related(others.get(i), otherPrefixes.get(i).range(),
          others.get(i).describe() + " (" + otherPrefixes.get(i).text() + ")");
    }
  }
}
