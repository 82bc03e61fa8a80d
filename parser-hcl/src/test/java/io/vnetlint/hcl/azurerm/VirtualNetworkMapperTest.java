package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.Mapped.prefixes;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualNetworkMapperTest {

  @Test
  void headerHasTheIdAddressNameRangeAndRegion() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network.hub", """
        {
          "name": "vnet-hub",
          "resource_group_name": "rg-net",
          "location": "westeurope",
          "address_space": ["10.0.0.0/16", "fd00:db8::/48"]
        }"""));
    VirtualNetwork vnet = m.only(VirtualNetwork.class);
    assertThat(vnet.header().id())
        .isEqualTo(new ResourceId(null, "rg-net", "Microsoft.Network/virtualNetworks", List.of("vnet-hub")));
    assertThat(vnet.header().address()).isEqualTo("azurerm_virtual_network.hub");
    assertThat(vnet.header().displayName()).isEqualTo("vnet-hub");
    assertThat(vnet.header().location().known()).contains("westeurope");
    assertRange(vnet.header().range(), 1, 1, 1, 2);
    assertThat(prefixes(vnet.addressSpace())).isEqualTo("10.0.0.0/16, fd00:db8::/48");
    assertRange(vnet.addressSpace(), 5, 3, 5, 52);
    assertRange(vnet.addressSpace().known().orElseThrow().prefixes().get(1).range(), 5, 36, 5, 51);
    assertThat(m.diagnostics()).isEmpty();
  }

  @Test
  void unknownNamesArePlaceholdersWithTheirPositionAndInstanceKey() {
    Mapped m = Mapped.of(resource("module.spoke[\"a\"].azurerm_virtual_network.this[0]", """
        {
          "name": "${unknown:var.name has no value}",
          "resource_group_name": "${unknown:data.azurerm_resource_group.rg.name is read at apply time}",
          "address_space": ["${unknown:var.space has no value}", "10.1.0.0/16"]
        }"""));
    VirtualNetwork vnet = m.only(VirtualNetwork.class);
    assertThat(vnet.header().id().name()).isEqualTo("{unknown@main.tf:2:11[\"a\"][0]}");
    assertThat(vnet.header().id().resourceGroup()).isNull();
    assertThat(vnet.header().displayName()).isEqualTo("module.spoke[\"a\"].azurerm_virtual_network.this[0]");
    assertThat(vnet.header().location().isAbsent()).isTrue();
    assertThat(vnet.addressSpace().known().orElseThrow().fullyKnown()).isFalse();
    assertThat(vnet.addressSpace().known().orElseThrow().unknowns().get(0).reason())
        .isEqualTo("var.space has no value");
    assertThat(prefixes(vnet.addressSpace())).isEqualTo("10.1.0.0/16");
  }

  @Test
  void wholeUnknownAddressSpaceAndIpamPool() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network.a", """
            {"name": "a", "address_space": "${unknown:known after apply}"}"""),
        resource("azurerm_virtual_network.b", """
            {"name": "b", "ip_address_pool": [{"id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/networkManagers/m/ipamPools/p", "number_of_ip_addresses": "256"}]}"""));
    List<VirtualNetwork> vnets = m.all(VirtualNetwork.class);
    assertThat(vnets.get(0).addressSpace().unknownReason()).contains("known after apply");
    assertThat(vnets.get(1).addressSpace().unknownReason().orElseThrow()).contains("IPAM pool");
  }

  @Test
  void inlineSubnetsInEveryProviderVersion() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network.hub", """
        {
          "name": "hub",
          "resource_group_name": "rg-net",
          "address_space": ["10.0.0.0/16"],
          "subnet": [
            {"name": "GatewaySubnet", "address_prefix": "10.0.255.0/27"},
            {
              "name": "app",
              "address_prefixes": ["10.0.1.0/24", "10.0.2.0/24"],
              "security_group": "${ref:azurerm_network_security_group.app}",
              "route_table_id": "/subscriptions/s1/resourceGroups/rg-net/providers/Microsoft.Network/routeTables/rt"
            },
            {"name": "legacy-and-new", "address_prefix": "10.0.3.0/24", "address_prefixes": ["10.0.4.0/24"]}
          ]
        }"""));
    List<Subnet> subnets = m.all(Subnet.class);
    assertThat(subnets).extracting(s -> s.name().known().orElseThrow())
        .containsExactly("GatewaySubnet", "app", "legacy-and-new");
    assertThat(subnets).allMatch(Subnet::inline);

    Subnet gw = subnets.get(0);
    assertThat(gw.header().id()).isEqualTo(new ResourceId(null, "rg-net", "Microsoft.Network/virtualNetworks/subnets",
        List.of("hub", "GatewaySubnet")));
    assertThat(gw.header().address()).isEqualTo("azurerm_virtual_network.hub/subnet/GatewaySubnet");
    assertRange(gw.header().range(), 6, 6, 6, 29);
    assertThat(prefixes(gw.addressPrefixes())).isEqualTo("10.0.255.0/27");
    assertRange(gw.addressPrefixes(), 6, 31, 6, 64);
    assertThat(gw.networkSecurityGroup().isAbsent()).isTrue();
    assertThat(gw.virtualNetwork().known())
        .contains(new ResourceRef.ByAddress("azurerm_virtual_network.hub", "azurerm_virtual_network"));

    Subnet app = subnets.get(1);
    assertThat(prefixes(app.addressPrefixes())).isEqualTo("10.0.1.0/24, 10.0.2.0/24");
    assertThat(app.networkSecurityGroup().known())
        .contains(new ResourceRef.ByAddress("azurerm_network_security_group.app", "azurerm_network_security_group"));
    assertThat(app.routeTable().known().orElseThrow()).isInstanceOf(ResourceRef.ById.class);
    assertThat(((ResourceRef.ById) app.routeTable().known().orElseThrow()).id().name()).isEqualTo("rt");

    // both names written: the newer list is read, and a warning says the provider refuses both
    assertThat(prefixes(subnets.get(2).addressPrefixes())).isEqualTo("10.0.4.0/24");
    assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("conflicting-attributes");
    assertThat(m.diagnostics().get(0).message()).contains("address_prefixes", "address_prefix");
    assertRange(m.diagnostics().get(0).range(), 13, 32, 13, 63);

    ResourceGraph graph = m.graph();
    assertThat(graph.subnetsOf(m.only(VirtualNetwork.class))).hasSize(3);
  }

  @Test
  void emptyOptionalValuesOfPlanJsonAreAbsent() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network.hub", """
        {"name": "hub", "address_space": ["10.0.0.0/16"],
         "subnet": [{"name": "a", "address_prefix": "", "address_prefixes": ["10.0.0.0/24"], "security_group": "",
                     "id": "${unknown:known after apply}"}]}"""));
    Subnet a = m.only(Subnet.class);
    assertThat(a.networkSecurityGroup().isAbsent()).isTrue();
    assertThat(prefixes(a.addressPrefixes())).isEqualTo("10.0.0.0/24");
    assertThat(m.diagnostics()).isEmpty();
  }

  @Test
  void inlineSubnetWithoutAKnownName() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network.hub", """
        {"name": "hub", "address_space": ["10.0.0.0/16"],
         "subnet": [{"name": "${unknown:each.value.name of an unknown map}", "address_prefixes": ["10.0.0.0/24"]},
                    {"address_prefixes": ["10.0.1.0/24"]}]}"""));
    List<Subnet> subnets = m.all(Subnet.class);
    assertThat(subnets.get(0).name().unknownReason()).contains("each.value.name of an unknown map");
    assertThat(subnets.get(0).header().id().name()).isEqualTo("{unknown@main.tf:2:22}");
    assertThat(subnets.get(1).name().unknownReason()).contains("the subnet block has no name");
    assertThat(subnets.get(1).header().id().name()).startsWith("{unknown@main.tf:3:");
  }

  @Test
  void sensitiveValuesAreNotRead() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network.hub", """
        {"name": "hub", "address_space": ["${sensitive:10.9.0.0/16}"]}"""));
    VirtualNetwork vnet = m.only(VirtualNetwork.class);
    assertThat(vnet.addressSpace().known().orElseThrow().prefixes()).isEmpty();
    assertThat(vnet.addressSpace().known().orElseThrow().unknowns().get(0).reason()).contains("sensitive");
    assertThat(vnet.toString()).doesNotContain("10.9.0.0");
  }

  @Test
  void absentAddressSpaceIsAbsent() {
    VirtualNetwork vnet = Mapped.of(resource("azurerm_virtual_network.x", "{\"name\": \"x\"}"))
        .only(VirtualNetwork.class);
    assertThat(vnet.addressSpace()).isEqualTo(Field.absent());
  }

  @Test
  void aSubnetDeclaredInlineAndAsAResourceIsAConflictInConfigurationButNotInAPlan() {
    String network = """
        {"name": "hub", "resource_group_name": "rg", "address_space": ["10.0.0.0/16"],
         "subnet": [{"name": "GatewaySubnet", "address_prefixes": ["10.0.255.0/27"]},
                    {"name": "other", "address_prefixes": ["10.0.1.0/24"]}]}""";
    String subnet = """
        {"name": "GatewaySubnet", "resource_group_name": "rg", "virtual_network_name": "hub",
         "address_prefixes": ["10.0.255.0/27"]}""";
    Mapped configuration = Mapped.of(resource("azurerm_virtual_network.hub", network),
        resource("azurerm_subnet.gw", subnet));
    assertThat(configuration.all(Subnet.class)).hasSize(3);
    assertThat(configuration.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "subnet 'GatewaySubnet' is declared inline in azurerm_virtual_network.hub and as azurerm_subnet.gw; the "
            + "provider applies both and each overwrites the other");

    Mapped plan = Mapped.of(TfBodies.fromPlan("azurerm_virtual_network.hub", network),
        TfBodies.fromPlan("azurerm_subnet.gw", subnet));
    assertThat(plan.all(Subnet.class)).extracting(s -> s.header().address())
        .containsExactly("azurerm_virtual_network.hub/subnet/other", "azurerm_subnet.gw");
    assertThat(plan.diagnostics()).isEmpty();
  }
}
