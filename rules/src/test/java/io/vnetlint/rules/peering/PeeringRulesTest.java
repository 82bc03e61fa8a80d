package io.vnetlint.rules.peering;

import static io.vnetlint.rules.testing.FakeResources.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.Value;
import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule logic of the peering rules on hand-built graphs: unknowns, ambiguity, classic networks. */
class PeeringRulesTest {

  @Test
  void overlapIsReportedOnEachDirectionWithThePrefixes() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16", "fd00:db8::/48");
    VirtualNetwork spoke = f.vnet("spoke", "10.0.128.0/20", "fd00:db8:0:1::/64");
    Peering hubToSpoke = f.peering(hub, "hub-to-spoke", spoke, true, null);
    Peering spokeToHub = f.peering(spoke, "spoke-to-hub", hub, null, true);

    RuleRun run = RuleRun.of(new PeeredAddressSpaceOverlap(), f);

    assertThat(run.lines()).containsExactly(line(hubToSpoke.remoteVirtualNetwork()),
        line(spokeToHub.remoteVirtualNetwork()));
    Finding first = run.findings().get(0);
    assertThat(first.message()).contains("'hub-to-spoke'", "10.0.0.0/16 overlaps 10.0.128.0/20",
        "fd00:db8::/48 overlaps fd00:db8:0:1::/64");
    assertThat(first.related()).extracting(l -> l.message()).containsExactly(
        "local virtual network 'hub' (address space 10.0.0.0/16, fd00:db8::/48)",
        "remote virtual network 'spoke' (address space 10.0.128.0/20, fd00:db8:0:1::/64)");
    assertThat(first.related().get(1).range().startLine()).isEqualTo(line(spoke.addressSpace()));
  }

  @Test
  void disjointAddressSpacesAreFine() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.peering(hub, "hub-to-spoke", spoke, true, null);
    RuleRun run = RuleRun.of(new PeeredAddressSpaceOverlap(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void overlapWithClassicNetworkIsReported() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    ClassicVirtualNetwork legacy = f.classicVnet("legacy", "10.0.4.0/24");
    f.peering(hub, "hub-to-legacy", legacy, null, null);
    assertThat(RuleRun.of(new PeeredAddressSpaceOverlap(), f).findings()).hasSize(1);
  }

  @Test
  void knownOverlapIsCertainEvenWithUnknownPrefixes() {
    FakeResources f = new FakeResources();
    AddressPrefix known = AddressPrefix.parse("10.0.0.0/16", f.next()).orElseThrow();
    Field<PrefixList> partly = f.known(new PrefixList(List.of(known),
        List.of(new Value.Unknown("parameter 'extra' has no value", f.next()))));
    VirtualNetwork hub = f.vnet("hub", partly);
    VirtualNetwork spoke = f.vnet("spoke", "10.0.1.0/24");
    f.peering(spoke, "spoke-to-hub", hub, null, null);
    RuleRun run = RuleRun.of(new PeeredAddressSpaceOverlap(), f);
    assertThat(run.findings()).hasSize(1);
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void unknownAddressSpaceIsNotCheckedAndSilent() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", f.<PrefixList>unknown("parameter 'hubPrefix' has no value"));
    VirtualNetwork spoke = f.vnet("spoke", "10.0.1.0/24");
    f.peering(spoke, "spoke-to-hub", hub, null, null);
    RuleRun run = RuleRun.of(new PeeredAddressSpaceOverlap(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("VNL101", "hubPrefix"));
  }

  @Test
  void ambiguousRemoteIsNotCheckedAndNotInScanIsSilent() {
    FakeResources f = new FakeResources();
    VirtualNetwork spoke = f.vnet("spoke", "10.0.0.0/16");
    // two templates declare 'hub' in unknown resource groups: the reference matches both
    f.vnet("hub", "10.0.0.0/16");
    f.vnet("hub", "10.0.0.0/16");
    f.peering(spoke, "spoke-to-hub", f.refTo(ResourceId.of("Microsoft.Network/virtualNetworks", "hub")), null,
        null);
    f.peering(spoke, "spoke-to-far", f.refTo(ResourceId.of("Microsoft.Network/virtualNetworks", "far")), null,
        null);
    RuleRun run = RuleRun.of(new PeeredAddressSpaceOverlap(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("spoke-to-hub", "matches 2 resources"));
  }

  @Test
  void missingReverseIsAWarningOnThePeering() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    Peering only = f.peering(spoke, "spoke-to-hub", hub, null, null);
    RuleRun run = RuleRun.of(new PeeringNotReciprocated(), f);
    assertThat(run.lines()).containsExactly(only.header().range().startLine());
    assertThat(run.findings().get(0).message())
        .isEqualTo("peering 'spoke-to-hub' from virtual network 'spoke' to virtual network 'hub' has no peering "
            + "back from 'hub' to 'spoke'; the peering stays Initiated and carries no traffic");
  }

  @Test
  void peeringToClassicNetworkNeedsNoReverse() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    ClassicVirtualNetwork legacy = f.classicVnet("legacy", "10.5.0.0/16");
    f.peering(hub, "hub-to-legacy", legacy, null, null);
    assertThat(RuleRun.of(new PeeringNotReciprocated(), f).findings()).isEmpty();
  }

  @Test
  void aPeeringThatMayGoBackMakesTheReverseUncertain() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.peering(spoke, "spoke-to-hub", hub, null, null);
    f.peering(hub, "hub-to-x", f.unknown("parameter 'remoteId' has no value"), null, null);
    RuleRun run = RuleRun.of(new PeeringNotReciprocated(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).extracting(d -> d.message()).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).contains("for peering 'spoke-to-hub'", "'hub-to-x' may be the reverse", "remoteId"),
        m -> assertThat(m).contains("for peering 'hub-to-x'", "remoteId"));
  }

  @Test
  void useRemoteGatewaysNeedsTransitOnTheReverse() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    Peering back = f.peering(hub, "hub-to-spoke", spoke, null, null);
    Peering uses = f.peering(spoke, "spoke-to-hub", hub, null, true);
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteTransit(), f);
    assertThat(run.lines()).containsExactly(line(uses.useRemoteGateways()));
    Finding finding = run.findings().get(0);
    assertThat(finding.message()).isEqualTo("peering 'spoke-to-hub' sets useRemoteGateways, but the reverse "
        + "peering 'hub-to-spoke' does not allow gateway transit");
    assertThat(finding.related()).singleElement().satisfies(l -> {
      assertThat(l.range()).isEqualTo(back.header().range()); // the flag is absent: the header
      assertThat(l.message()).contains("does not set allowGatewayTransit (default false)");
    });
  }

  @Test
  void explicitFalseTransitPointsAtTheFlagAndTrueIsFine() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    VirtualNetwork other = f.vnet("other", "10.2.0.0/16");
    Peering back = f.peering(hub, "hub-to-spoke", spoke, false, null);
    f.peering(spoke, "spoke-to-hub", hub, null, true);
    f.peering(hub, "hub-to-other", other, true, null);
    f.peering(other, "other-to-hub", hub, null, true);
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteTransit(), f);
    assertThat(run.findings()).singleElement().satisfies(fi ->
        assertThat(fi.related().get(0).range().startLine()).isEqualTo(line(back.allowGatewayTransit())));
  }

  @Test
  void unknownFlagsAreNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.with(new Peering(f.header("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "hub", "hub-to-spoke"),
        f.refTo(hub), f.refTo(spoke), Field.absent(), Field.absent(), f.unknown("parameter 'transit'"),
        Field.absent(), false));
    f.peering(spoke, "spoke-to-hub", hub, null, true);
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteTransit(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("transit"));
  }

  @Test
  void useRemoteGatewaysWithOwnGatewayIsReportedWithTheGateway() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    Subnet spokeGatewaySubnet = f.subnet(spoke, "GatewaySubnet", "10.1.255.0/27");
    var gw = f.gateway("spoke-gw", "VpnGw1AZ", spokeGatewaySubnet, f.publicIp("spoke-gw-pip", null));
    f.peering(hub, "hub-to-spoke", spoke, true, null);
    Peering uses = f.peering(spoke, "spoke-to-hub", hub, null, true);
    f.peering(hub, "hub-to-x", spoke, false, false); // does not use remote gateways: silent
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithLocalGateway(), f);
    assertThat(run.lines()).containsExactly(line(uses.useRemoteGateways()));
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.range()).isEqualTo(gw.header().range()));
    assertThat(run.findings().get(0).message()).contains("virtual network gateway 'spoke-gw'");
  }
}
