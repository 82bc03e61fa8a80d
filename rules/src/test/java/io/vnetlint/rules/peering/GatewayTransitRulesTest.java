package io.vnetlint.rules.peering;

import static io.vnetlint.rules.testing.FakeResources.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import org.junit.jupiter.api.Test;

/** Rule logic of the gateway-transit peering rules on hand-built graphs: unknowns, ambiguity, defaults. */
class GatewayTransitRulesTest {

  @Test
  void remoteNetworkWithoutGatewayIsReportedOnTheFlag() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.peering(hub, "hub-to-spoke", spoke, true, null);
    Peering uses = f.peering(spoke, "spoke-to-hub", hub, null, true);
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteGateway(), f);
    assertThat(run.lines()).containsExactly(line(uses.useRemoteGateways()));
    assertThat(run.findings().get(0).message()).contains("'spoke-to-hub'", "virtual network 'hub'",
        "no virtual network gateway");
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.message()).contains("remote virtual network 'hub' (address space 10.0.0.0/16)"));
  }

  @Test
  void remoteGatewayOrAbsentFlagIsSilent() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    VirtualNetwork other = f.vnet("other", "10.2.0.0/16");
    Subnet gatewaySubnet = f.subnet(hub, "GatewaySubnet", "10.0.255.0/27");
    f.gateway("hub-gw", "VpnGw1AZ", gatewaySubnet, f.publicIp("hub-gw-pip", null));
    f.peering(spoke, "spoke-to-hub", hub, null, true);
    f.peering(spoke, "spoke-to-other", other, null, null); // default false: nothing used
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteGateway(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void aGatewayInAnUnknownSubnetMayBeTheRemoteOne() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.gateway("hub-gw", f.known("VpnGw1AZ"), Field.absent(), Field.absent(),
        f.unknown("parameter 'gatewaySubnetId' has no value"), null);
    f.peering(spoke, "spoke-to-hub", hub, null, true);
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteGateway(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("gatewaySubnetId", "'hub-gw'"));
  }

  @Test
  void unknownFlagOrRemoteIsNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.with(new Peering(f.header("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "spoke", "a"),
        f.refTo(spoke), f.refTo(hub), Field.absent(), Field.absent(), Field.absent(),
        f.unknown("parameter 'useRemote' has no value"), false));
    f.peering(spoke, "b", f.unknown("parameter 'hubId' has no value"), null, true);
    RuleRun run = RuleRun.of(new UseRemoteGatewaysWithoutRemoteGateway(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).hasSize(2);
  }

  @Test
  void twoPeeringsUsingRemoteGatewaysAreEachReported() {
    FakeResources f = new FakeResources();
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    VirtualNetwork a = f.vnet("hub-a", "10.0.0.0/16");
    VirtualNetwork b = f.vnet("hub-b", "10.2.0.0/16");
    VirtualNetwork c = f.vnet("hub-c", "10.3.0.0/16");
    Peering toA = f.peering(spoke, "spoke-to-a", a, null, true);
    Peering toB = f.peering(spoke, "spoke-to-b", b, null, true);
    f.peering(spoke, "spoke-to-c", c, null, false);
    f.peering(a, "a-to-spoke", spoke, true, true); // another network's peering: counted there, alone
    RuleRun run = RuleRun.of(new MultipleUseRemoteGateways(), f);
    assertThat(run.lines()).containsExactly(line(toA.useRemoteGateways()), line(toB.useRemoteGateways()));
    assertThat(run.findings().get(0).message()).contains("'spoke-to-a'", "so does peering 'spoke-to-b'",
        "virtual network 'spoke'");
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.range().startLine()).isEqualTo(line(toB.useRemoteGateways())));
  }

  @Test
  void oneKnownAndOneUnknownFlagIsNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    VirtualNetwork a = f.vnet("hub-a", "10.0.0.0/16");
    VirtualNetwork b = f.vnet("hub-b", "10.2.0.0/16");
    f.peering(spoke, "spoke-to-a", a, null, true);
    f.with(new Peering(f.header("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "spoke", "spoke-to-b"),
        f.refTo(spoke), f.refTo(b), Field.absent(), Field.absent(), Field.absent(),
        f.unknown("parameter 'useRemote' has no value"), false));
    RuleRun run = RuleRun.of(new MultipleUseRemoteGateways(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'spoke-to-b'", "useRemote", "'spoke-to-a'"));
  }

  @Test
  void transitWithoutGatewayIsAWarningAndARouteServerIsEnough() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork rsHub = f.vnet("rs-hub", "10.5.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    Subnet routeServerSubnet = f.subnet(rsHub, "RouteServerSubnet", "10.5.255.0/27");
    f.with(new RouteServer(f.header("Microsoft.Network/virtualHubs", "rs"), f.refTo(routeServerSubnet)));
    Peering offers = f.peering(hub, "hub-to-spoke", spoke, true, null);
    f.peering(rsHub, "rs-hub-to-spoke", spoke, true, null);
    f.peering(spoke, "spoke-to-hub", hub, false, null);
    RuleRun run = RuleRun.of(new GatewayTransitWithoutGateway(), f);
    assertThat(run.lines()).containsExactly(line(offers.allowGatewayTransit()));
    assertThat(run.findings().get(0).message()).isEqualTo("peering 'hub-to-spoke' allows gateway transit, but its "
        + "virtual network 'hub' has no virtual network gateway and no Route Server; the flag has no effect");
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void unknownTransitFlagIsNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    f.with(new Peering(f.header("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "hub", "hub-to-spoke"),
        f.refTo(hub), f.refTo(spoke), Field.absent(), Field.absent(), f.unknown("parameter 'transit'"),
        Field.absent(), false));
    RuleRun run = RuleRun.of(new GatewayTransitWithoutGateway(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("transit"));
  }

  @Test
  void basicGatewayIsReportedOnBothFlagsAndUnknownSkuIsNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    VirtualNetwork other = f.vnet("other", "10.2.0.0/16");
    var basic = f.gateway("hub-gw", "Basic", f.subnet(hub, "GatewaySubnet", "10.0.255.0/27"), null);
    f.gateway("other-gw", f.unknown("parameter 'gatewaySku' has no value"), Field.absent(), Field.absent(),
        f.refTo(f.subnet(other, "GatewaySubnet", "10.2.255.0/27")), null);
    Peering offers = f.peering(hub, "hub-to-spoke", spoke, true, null);
    Peering uses = f.peering(spoke, "spoke-to-hub", hub, null, true);
    f.peering(other, "other-to-spoke", spoke, true, null);
    RuleRun run = RuleRun.of(new GatewayTransitOnBasicSku(), f);
    assertThat(run.lines()).containsExactly(line(offers.allowGatewayTransit()), line(uses.useRemoteGateways()));
    assertThat(run.findings().get(1).message()).isEqualTo("peering 'spoke-to-hub' uses remote gateways, but its "
        + "remote virtual network 'hub' has virtual network gateway 'hub-gw' of SKU Basic, which does not support "
        + "gateway transit");
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.range().startLine()).isEqualTo(line(basic.sku())));
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'other-to-spoke'", "gatewaySku"));
  }

  private static VirtualNetwork located(FakeResources f, String name, Field<String> location, String space) {
    ResourceHeader h = f.header("Microsoft.Network/virtualNetworks", name);
    return f.with(new VirtualNetwork(
        new ResourceHeader(h.id(), h.address(), h.displayName(), h.range(), h.origin(), location),
        f.prefixes(space)));
  }

  @Test
  void peeringAcrossRegionsIsANoteOnEachDirection() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = located(f, "hub", f.known("West Europe"), "10.0.0.0/16");
    VirtualNetwork spoke = located(f, "spoke", f.known("northeurope"), "10.1.0.0/16");
    VirtualNetwork same = located(f, "same", f.known("westeurope"), "10.2.0.0/16");
    Peering out = f.peering(hub, "hub-to-spoke", spoke, null, null);
    Peering back = f.peering(spoke, "spoke-to-hub", hub, null, null);
    f.peering(hub, "hub-to-same", same, null, null);
    RuleRun run = RuleRun.of(new GlobalPeering(), f);
    assertThat(run.lines()).containsExactly(line(out.remoteVirtualNetwork()), line(back.remoteVirtualNetwork()));
    assertThat(run.findings().get(0).message()).startsWith(
        "peering 'hub-to-spoke' joins virtual network 'hub' in West Europe and virtual network 'spoke' in northeurope");
    assertThat(run.findings().get(0).related()).extracting(l -> l.range().startLine())
        .containsExactly(line(hub.header().location()), line(spoke.header().location()));
  }

  @Test
  void unknownLocationIsNotCheckedUnlessBothShareTheSameUnknown() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = located(f, "hub", f.unknown("resourceGroup().location"), "10.0.0.0/16");
    VirtualNetwork spoke = located(f, "spoke", f.unknown("resourceGroup().location"), "10.1.0.0/16");
    VirtualNetwork other = located(f, "other", f.unknown("parameter 'otherLocation' has no value"), "10.2.0.0/16");
    f.peering(hub, "hub-to-spoke", spoke, null, null);
    f.peering(hub, "hub-to-other", other, null, null);
    RuleRun run = RuleRun.of(new GlobalPeering(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'hub-to-other'", "otherLocation"));
  }

  @Test
  void usingAClassicNetworksGatewayIsReportedButOfferingTransitToItIsNot() {
    FakeResources f = new FakeResources();
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    ClassicVirtualNetwork legacy = f.classicVnet("legacy", "10.9.0.0/16");
    Peering uses = f.peering(spoke, "spoke-to-legacy", legacy, null, true);
    Peering usesById = f.peering(hub, "hub-to-other-legacy",
        f.refTo(ResourceId.of("Microsoft.ClassicNetwork/virtualNetworks", "other-legacy")), null, true);
    f.peering(hub, "hub-to-legacy", legacy, true, null); // RM hub offering transit to a classic spoke: supported
    RuleRun run = RuleRun.of(new GatewayTransitWithClassicNetwork(), f);
    assertThat(run.lines()).containsExactly(line(uses.useRemoteGateways()), line(usesById.useRemoteGateways()));
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.range()).isEqualTo(legacy.header().range()));
    assertThat(run.findings().get(1).message()).contains("'hub-to-other-legacy'", "'other-legacy'", "classic");
  }

  @Test
  void unknownFlagTowardsAClassicNetworkIsNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetwork spoke = f.vnet("spoke", "10.1.0.0/16");
    ClassicVirtualNetwork legacy = f.classicVnet("legacy", "10.9.0.0/16");
    f.with(new Peering(f.header("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "spoke", "s"),
        f.refTo(spoke), f.refTo(legacy), Field.absent(), Field.absent(), Field.absent(),
        f.unknown("parameter 'useRemote' has no value"), false));
    RuleRun run = RuleRun.of(new GatewayTransitWithClassicNetwork(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("useRemote"));
  }
}
