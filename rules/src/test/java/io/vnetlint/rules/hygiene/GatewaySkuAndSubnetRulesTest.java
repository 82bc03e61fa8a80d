package io.vnetlint.rules.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.RouteTable;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown values and defaults of VNL903–906 and VNL908, which the fixtures cannot show. */
class GatewaySkuAndSubnetRulesTest {

  private static VirtualNetworkGateway gateway(FakeResources f, String name, Field<String> type,
      Field<String> vpnType, Field<String> sku, Field<String> generation, Subnet subnet) {
    VirtualNetworkGateway.IpConfiguration ip = new VirtualNetworkGateway.IpConfiguration(
        f.known("config"), f.next(), f.refTo(subnet), Field.absent());
    return f.with(new VirtualNetworkGateway(f.header("Microsoft.Network/virtualNetworkGateways", name), type,
        vpnType, sku, generation, f.known(false), Field.absent(), Field.absent(), f.known(List.of(ip)), Field.absent()));
  }

  private static Subnet subnet(FakeResources f, VirtualNetwork vnet, Field<String> name,
      Field<io.vnetlint.model.ResourceRef> nsg, Field<io.vnetlint.model.ResourceRef> routeTable) {
    return f.with(new Subnet(f.header("Microsoft.Network/virtualNetworks/subnets", vnet.header().displayName(),
        name.known().orElse("x")), f.refTo(vnet), name, f.prefixes("10.0.255.0/27"), nsg, routeTable, false));
  }

  @Test
  void skuCombinationStaysSilentOnUnknownsAndDefaults() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    Subnet gs = f.subnet(hub, "GatewaySubnet", "10.0.255.0/27");
    gateway(f, "unknown-sku", f.known("Vpn"), Field.absent(), f.unknown("parameter 'sku'"), Field.absent(), gs);
    gateway(f, "basic-policy", f.known("Vpn"), f.known("PolicyBased"), f.known("Basic"), Field.absent(), gs);
    gateway(f, "no-generation", Field.absent(), Field.absent(), f.known("VpnGw4AZ"), Field.absent(), gs);
    gateway(f, "er-standard", f.known("ExpressRoute"), Field.absent(), f.known("Standard"), Field.absent(), gs);
    VirtualNetworkGateway defaultType = gateway(f, "default-type-er-sku", Field.absent(), Field.absent(),
        f.known("ErGw2AZ"), Field.absent(), gs);
    RuleRun run = RuleRun.of(new InvalidGatewaySkuCombination(), f);
    assertThat(run.findings()).singleElement().satisfies(fi -> {
      assertThat(fi.message()).startsWith("virtual network gateway 'default-type-er-sku' is a VPN gateway");
      assertThat(fi.primary().range()).isEqualTo(((Field.Known<String>) defaultType.sku()).range());
    });
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("'sku'"));
  }

  @Test
  void deprecatedSkuSuggestsTheAzEquivalentAndSkipsExpressRoute() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    Subnet gs = f.subnet(hub, "GatewaySubnet", "10.0.255.0/27");
    gateway(f, "old", f.known("Vpn"), Field.absent(), f.known("VpnGw3"), f.known("Generation2"), gs);
    gateway(f, "legacy", Field.absent(), Field.absent(), f.known("standard"), Field.absent(), gs);
    gateway(f, "er", f.known("ExpressRoute"), Field.absent(), f.known("HighPerformance"), Field.absent(), gs);
    gateway(f, "who-knows", f.unknown("parameter 'type'"), Field.absent(), f.known("Standard"), Field.absent(), gs);
    gateway(f, "current", f.known("Vpn"), Field.absent(), f.known("VpnGw3AZ"), Field.absent(), gs);
    RuleRun run = RuleRun.of(new DeprecatedGatewaySku(), f);
    assertThat(run.findings()).extracting(fi -> fi.message().substring(0, fi.message().indexOf(" uses")))
        .containsExactly("virtual network gateway 'old'", "virtual network gateway 'legacy'");
    assertThat(run.findings().get(0).message()).contains("use VpnGw3AZ");
    assertThat(run.findings().get(1).message()).contains("use VpnGw1AZ");
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("'type'"));
  }

  @Test
  void multipleGatewaysCountsOnlyKnownTypes() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    Subnet gs = f.subnet(hub, "GatewaySubnet", "10.0.255.0/27");
    gateway(f, "vpn", Field.absent(), Field.absent(), f.known("VpnGw1AZ"), Field.absent(), gs);
    gateway(f, "er", f.known("ExpressRoute"), Field.absent(), f.known("ErGw1AZ"), Field.absent(), gs);
    gateway(f, "maybe", f.unknown("parameter 'gatewayType'"), Field.absent(), f.known("VpnGw1AZ"), Field.absent(),
        gs);
    RuleRun run = RuleRun.of(new MultipleGatewaysOfType(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("gatewayType"));

    VirtualNetworkGateway second = gateway(f, "vpn2", f.known("vpn"), Field.absent(), f.known("VpnGw2AZ"),
        Field.absent(), gs);
    RuleRun again = RuleRun.of(new MultipleGatewaysOfType(), f);
    assertThat(again.findings()).singleElement().satisfies(fi -> {
      assertThat(fi.primary().range()).isEqualTo(second.header().range());
      assertThat(fi.related()).hasSize(2);
    });
  }

  @Test
  void securityGroupOnGatewaySubnetNeedsKnownNameAndReference() {
    FakeResources f = new FakeResources();
    VirtualNetwork hub = f.vnet("hub", "10.0.0.0/16");
    NetworkSecurityGroup nsg = f.with(new NetworkSecurityGroup(
        f.header("Microsoft.Network/networkSecurityGroups", "hub-nsg")));
    subnet(f, hub, f.known("GatewaySubnet"), f.unknown("parameter 'nsgId'"), Field.absent());
    subnet(f, hub, f.unknown("parameter 'subnetName'"), f.refTo(nsg), Field.absent());
    subnet(f, hub, f.known("workload"), f.refTo(nsg), Field.absent());
    Subnet bad = subnet(f, hub, f.known("gatewaysubnet"), f.refTo(nsg), Field.absent());
    RuleRun run = RuleRun.of(new GatewaySubnetNsg(), f);
    assertThat(run.findings()).singleElement().satisfies(fi -> {
      assertThat(fi.message()).startsWith("network security group 'hub-nsg' is associated with the GatewaySubnet "
          + "of virtual network 'hub'");
      assertThat(fi.primary().range()).isEqualTo(((Field.Known<?>) bad.networkSecurityGroup()).range());
    });
    assertThat(run.notChecked()).hasSize(2);
  }

  @Test
  void routeTableDefaultsToPropagationOnAndSkipsUnknowns() {
    FakeResources f = new FakeResources();
    VirtualNetwork a = f.vnet("a", "10.0.0.0/16");
    VirtualNetwork b = f.vnet("b", "10.1.0.0/16");
    RouteTable defaults = f.with(new RouteTable(f.header("Microsoft.Network/routeTables", "defaults"),
        Field.absent(), List.of()));
    RouteTable unknown = f.with(new RouteTable(f.header("Microsoft.Network/routeTables", "unknown"),
        f.unknown("parameter 'disable'"), List.of(new RouteTable.Route(f.next(), f.known("r"),
            f.unknown("parameter 'prefix'"), f.known("VirtualAppliance")))));
    subnet(f, a, f.known("GatewaySubnet"), Field.absent(), f.refTo(defaults));
    subnet(f, b, f.known("GatewaySubnet"), Field.absent(), f.refTo(unknown));
    RuleRun run = RuleRun.of(new GatewaySubnetRoutes(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).hasSize(2);
  }
}
