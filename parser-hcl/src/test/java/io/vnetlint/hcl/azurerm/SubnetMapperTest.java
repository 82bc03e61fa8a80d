package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.Mapped.prefixes;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetMapperTest {

  private static final String HUB = """
      {"name": "hub", "resource_group_name": "rg-net", "address_space": ["10.0.0.0/16"]}""";

  @Test
  void subnetLinksToItsNetworkByNameAndResourceGroup() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network.hub", HUB),
        resource("azurerm_subnet.gw", """
            {
              "name": "GatewaySubnet",
              "resource_group_name": "rg-net",
              "virtual_network_name": "hub",
              "address_prefixes": ["10.0.255.0/27"]
            }"""));
    Subnet s = m.only(Subnet.class);
    assertThat(s.inline()).isFalse();
    assertThat(s.header().id()).isEqualTo(new ResourceId(null, "rg-net", "Microsoft.Network/virtualNetworks/subnets",
        List.of("hub", "GatewaySubnet")));
    assertThat(s.header().address()).isEqualTo("azurerm_subnet.gw");
    assertThat(s.name().known()).contains("GatewaySubnet");
    assertRange(s.name(), 2, 3, 2, 26);
    assertThat(s.virtualNetwork().known()).contains(new ResourceRef.ById(
        new ResourceId(null, "rg-net", "Microsoft.Network/virtualNetworks", List.of("hub"))));
    assertRange(s.virtualNetwork(), 4, 3, 4, 32);
    assertThat(prefixes(s.addressPrefixes())).isEqualTo("10.0.255.0/27");
    assertRange(s.addressPrefixes(), 5, 3, 5, 40);
    assertThat(s.networkSecurityGroup().isAbsent()).isTrue();
    assertThat(s.routeTable().isAbsent()).isTrue();

    ResourceGraph graph = m.graph();
    assertThat(graph.virtualNetworkOf(s)).containsSame(m.only(VirtualNetwork.class));
  }

  @Test
  void aNetworkInAnotherResourceGroupIsNotItsNetwork() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network.hub", HUB),
        resource("azurerm_subnet.s", """
            {"name": "s", "resource_group_name": "rg-other", "virtual_network_name": "hub",
             "address_prefixes": ["10.0.1.0/24"]}"""));
    assertThat(m.graph().virtualNetworkOf(m.only(Subnet.class))).isEmpty();
  }

  @Test
  void legacySingleAddressPrefix() {
    Subnet s = Mapped.of(resource("azurerm_subnet.old", """
        {"name": "old", "virtual_network_name": "hub", "address_prefix": "10.0.7.0/24"}""")).only(Subnet.class);
    assertThat(prefixes(s.addressPrefixes())).isEqualTo("10.0.7.0/24");
  }

  @Test
  void unknownNetworkNameLeavesTheNetworkUnknown() {
    Subnet s = Mapped.of(resource("azurerm_subnet.s", """
        {"name": "s", "virtual_network_name": "${unknown:var.vnet_name has no value}",
         "address_prefixes": ["${unknown:cidrsubnet of an unknown prefix}"]}""")).only(Subnet.class);
    assertThat(s.virtualNetwork().unknownReason()).contains("var.vnet_name has no value");
    assertThat(s.header().id().names().get(0)).isEqualTo("{unknown@main.tf:1:39}");
    assertThat(s.addressPrefixes().known().orElseThrow().fullyKnown()).isFalse();
    assertThat(s.addressPrefixes().known().orElseThrow().unknowns().get(0).reason())
        .isEqualTo("cidrsubnet of an unknown prefix");
  }

  @Test
  void missingNetworkNameIsUnknown() {
    Subnet s = Mapped.of(resource("azurerm_subnet.s", "{\"name\": \"s\"}")).only(Subnet.class);
    assertThat(s.virtualNetwork().unknownReason()).contains("'virtual_network_name' is not set");
    assertThat(s.addressPrefixes().isAbsent()).isTrue();
  }

  @Test
  void v5WriteOnlyAttachments() {
    Subnet s = Mapped.of(resource("azurerm_subnet.s", """
        {"name": "s", "virtual_network_name": "hub", "address_prefixes": ["10.0.1.0/24"],
         "network_security_group_id_wo": "${ref:azurerm_network_security_group.app}",
         "route_table_id_wo": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt"}"""))
        .only(Subnet.class);
    assertThat(s.networkSecurityGroup().known())
        .contains(new ResourceRef.ByAddress("azurerm_network_security_group.app", "azurerm_network_security_group"));
    assertThat(s.routeTable().known()).contains(new ResourceRef.ById(
        new ResourceId("s", "rg", "Microsoft.Network/routeTables", List.of("rt"))));
  }

  @Test
  void ipamPoolPrefixesAreUnknown() {
    Subnet s = Mapped.of(resource("azurerm_subnet.s", """
        {"name": "s", "virtual_network_name": "hub",
         "ip_address_pool": [{"id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/networkManagers/m/ipamPools/p", "number_of_ip_addresses": "64"}]}"""))
        .only(Subnet.class);
    assertThat(s.addressPrefixes().unknownReason().orElseThrow()).contains("IPAM pool");
  }

  @Test
  void prefixesThatAreNotCidrAreUnknownElements() {
    Subnet s = Mapped.of(resource("azurerm_subnet.s", """
        {"name": "s", "virtual_network_name": "hub", "address_prefixes": ["10.0.1.0/24", "10.1", 5]}"""))
        .only(Subnet.class);
    assertThat(prefixes(s.addressPrefixes())).isEqualTo("10.0.1.0/24");
    assertThat(s.addressPrefixes().known().orElseThrow().unknowns()).extracting(u -> u.reason())
        .containsExactly("'10.1' is not a CIDR prefix", "an address prefix is a number");
  }
}
