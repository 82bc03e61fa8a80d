package io.vnetlint.rules.hygiene;

import static io.vnetlint.rules.testing.FakeResources.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import org.junit.jupiter.api.Test;

class HygieneRulesTest {

  @Test
  void gatewayInAnotherSubnetIsReportedOnTheSubnetReference() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    Subnet workload = f.subnet(hub, "workload", "10.0.1.0/24");
    VirtualNetworkGateway gw = f.gateway("gw", "VpnGw1AZ", workload, null);
    RuleRun run = RuleRun.of(new GatewaySubnetName(), f);
    assertThat(run.lines()).containsExactly(line(gw.knownIpConfigurations().get(0).subnet()));
    assertThat(run.findings().get(0).message()).isEqualTo("virtual network gateway 'gw' places IP configuration "
        + "'vnetGatewayConfig' in subnet 'workload'; a gateway must be deployed in the subnet named 'GatewaySubnet'");
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.range()).isEqualTo(workload.header().range()));
    assertThat(run.findings().get(0).identity()).containsExactly("VNL901",
        "Microsoft.Network/virtualNetworkGateways/gw", "ipConfigurations[vnetGatewayConfig].subnet",
        "Microsoft.Network/virtualNetworks/subnets/hub/workload");
  }

  @Test
  void gatewaySubnetNameIsComparedIgnoringCaseAndTakenFromTheIdWhenNotDeclared() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    f.gateway("ok", f.known("VpnGw1AZ"), Field.absent(), Field.absent(),
        f.refTo(f.subnet(hub, "gatewaysubnet", "10.0.255.0/27")), null);
    f.gateway("external-ok", f.known("VpnGw1AZ"), Field.absent(), Field.absent(),
        f.refTo(ResourceId.of("Microsoft.Network/virtualNetworks/subnets", "elsewhere", "GatewaySubnet")), null);
    VirtualNetworkGateway bad = f.gateway("external-bad", f.known("VpnGw1AZ"), Field.absent(), Field.absent(),
        f.refTo(ResourceId.of("Microsoft.Network/virtualNetworks/subnets", "elsewhere", "default")), null);
    f.gateway("unknown", f.known("VpnGw1AZ"), Field.absent(), Field.absent(), f.unknown("parameter 'subnetId'"),
        null);
    RuleRun run = RuleRun.of(new GatewaySubnetName(), f);
    assertThat(run.lines()).containsExactly(line(bad.knownIpConfigurations().get(0).subnet()));
    assertThat(run.findings().get(0).related()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("subnetId"));
  }

  @Test
  void gatewaySubnetSizeLevels() {
    FakeResources f = new FakeResources();
    VirtualNetwork a = f.vnet("a", "10.0.0.0/16");
    Subnet tiny = f.subnet(a, "GatewaySubnet", "10.0.255.0/30");
    VirtualNetwork b = f.vnet("b", "10.1.0.0/16");
    Subnet small = f.subnet(b, "GatewaySubnet", "10.1.255.0/28");
    VirtualNetwork c = f.vnet("c", "10.2.0.0/16");
    f.subnet(c, "GatewaySubnet", "10.2.255.0/27");
    f.subnet(c, "workload", "10.2.0.0/29");
    VirtualNetwork d = f.vnet("d", "10.3.0.0/16");
    Subnet minimum = f.subnet(d, "GatewaySubnet", "10.3.255.0/29", "fd00::/64");
    RuleRun run = RuleRun.of(new GatewaySubnetSize(), f);
    assertThat(run.lines()).containsExactly(
        tiny.addressPrefixes().known().orElseThrow().prefixes().get(0).range().startLine(),
        small.addressPrefixes().known().orElseThrow().prefixes().get(0).range().startLine(),
        minimum.addressPrefixes().known().orElseThrow().prefixes().get(0).range().startLine());
    assertThat(run.findings()).extracting(fi -> fi.level())
        .containsExactly(Level.ERROR, Level.WARNING, Level.WARNING);
    assertThat(run.findings().get(0).message()).isEqualTo("GatewaySubnet of virtual network 'a' has prefix "
        + "10.0.255.0/30, smaller than /29, the minimum size for a gateway subnet; use /27 or larger");
  }

  @Test
  void unknownNameIsNotCheckedOnlyWhenThePrefixWouldMatter() {
    FakeResources f = new FakeResources();
    VirtualNetwork a = f.vnet("a", "10.0.0.0/16");
    f.subnet(a, f.unknown("parameter 'subnetName'"), f.prefixes("10.0.1.0/28"));
    f.subnet(a, f.unknown("parameter 'otherName'"), f.prefixes("10.0.2.0/24"));
    RuleRun run = RuleRun.of(new GatewaySubnetSize(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("subnetName"));
  }

  @Test
  void subnetOutsideTheAddressSpace() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16", "10.1.0.0/24");
    f.subnet(hub, "inside", "10.0.1.0/24");
    Subnet outside = f.subnet(hub, "outside", "10.2.0.0/24");
    Subnet straddling = f.subnet(hub, "straddling", "10.1.0.0/23");
    RuleRun run = RuleRun.of(new SubnetAddressProblem(), f);
    assertThat(run.lines()).containsExactly(
        outside.addressPrefixes().known().orElseThrow().prefixes().get(0).range().startLine(),
        straddling.addressPrefixes().known().orElseThrow().prefixes().get(0).range().startLine());
    assertThat(run.findings().get(0).message()).isEqualTo(
        "subnet 'outside' has prefix 10.2.0.0/24 outside the address space of virtual network 'hub' "
            + "(10.0.0.0/16, 10.1.0.0/24)");
  }

  @Test
  void overlappingSubnetsAreReportedOnTheLaterOne() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    Subnet first = f.subnet(hub, "app", "10.0.1.0/24");
    Subnet later = f.subnet(hub, "data", "10.0.1.128/25");
    f.subnet(hub, "APP", "10.0.1.0/24"); // the same subnet declared twice (inline and child): one report
    RuleRun run = RuleRun.of(new SubnetAddressProblem(), f);
    assertThat(run.lines()).containsExactly(
        later.addressPrefixes().known().orElseThrow().prefixes().get(0).range().startLine());
    assertThat(run.findings().get(0).related()).singleElement().satisfies(l -> assertThat(l.range())
        .isEqualTo(first.addressPrefixes().known().orElseThrow().prefixes().get(0).range()));
  }

  @Test
  void unknownAddressSpaceIsNotCheckedButCoveredPrefixesNeedNoNote() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", f.<PrefixList>unknown("parameter 'space'"));
    f.subnet(hub, "a", "10.0.1.0/24");
    RuleRun run = RuleRun.of(new SubnetAddressProblem(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("space"));
  }

  @Test
  void anEmptyAddressSpaceHoldsNoSubnet() {
    FakeResources f = new FakeResources();
    VirtualNetwork empty = f.vnet("empty", f.known(PrefixList.of(java.util.List.of())));
    f.subnet(empty, "a", "10.0.1.0/24");
    RuleRun run = RuleRun.of(new SubnetAddressProblem(), f);
    assertThat(run.findings()).singleElement().satisfies(fi -> assertThat(fi.message()).isEqualTo(
        "subnet 'a' has prefix 10.0.1.0/24 outside the address space of virtual network 'empty', which lists no "
            + "prefixes"));
  }
}
