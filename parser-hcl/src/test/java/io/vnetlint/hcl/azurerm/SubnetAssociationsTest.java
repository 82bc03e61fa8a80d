package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.RouteTable;
import io.vnetlint.model.azure.Subnet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetAssociationsTest {

  @Test
  void associationsAttachASecurityGroupAndARouteTable() {
    Mapped m = Mapped.of(
        resource("azurerm_subnet.app", """
            {"name": "app", "resource_group_name": "rg", "virtual_network_name": "spoke",
             "address_prefixes": ["10.1.0.0/24"]}"""),
        resource("azurerm_network_security_group.app", "{\"name\": \"nsg-app\", \"resource_group_name\": \"rg\"}"),
        resource("azurerm_route_table.spoke", "{\"name\": \"rt-spoke\", \"resource_group_name\": \"rg\"}"),
        resource("azurerm_subnet_network_security_group_association.app", """
            {"subnet_id": "${ref:azurerm_subnet.app}",
             "network_security_group_id": "${ref:azurerm_network_security_group.app}"}"""),
        resource("azurerm_subnet_route_table_association.app", """
            {"subnet_id": "${ref:azurerm_subnet.app}", "route_table_id": "${ref:azurerm_route_table.spoke}"}"""));
    Subnet s = m.only(Subnet.class);
    assertThat(s.networkSecurityGroup().known())
        .contains(new ResourceRef.ByAddress("azurerm_network_security_group.app", "azurerm_network_security_group"));
    // the field points at the association's attribute, where the attachment is written
    assertThat(s.networkSecurityGroup().rangeOr(null).startLine()).isEqualTo(2);
    assertThat(s.routeTable().known())
        .contains(new ResourceRef.ByAddress("azurerm_route_table.spoke", "azurerm_route_table"));
    assertThat(s.addressPrefixes().isKnown()).isTrue();
    ResourceGraph graph = m.graph();
    assertThat(graph.networkSecurityGroupOf(s).resource()).containsSame(m.only(NetworkSecurityGroup.class));
    assertThat(graph.routeTableOf(s).resource()).containsSame(m.only(RouteTable.class));
    assertThat(m.diagnostics()).isEmpty();
  }

  @Test
  void aLiteralSubnetIdFindsAnInlineSubnet() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network.hub", """
            {"name": "hub", "resource_group_name": "rg-net", "address_space": ["10.0.0.0/16"],
             "subnet": [{"name": "a", "address_prefixes": ["10.0.0.0/24"]}, {"name": "b", "address_prefixes": ["10.0.1.0/24"]}]}"""),
        resource("azurerm_subnet_network_security_group_association.b", """
            {"subnet_id": "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/hub/subnets/b",
             "network_security_group_id": "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/networkSecurityGroups/nsg"}"""));
    List<Subnet> subnets = m.all(Subnet.class);
    assertThat(subnets.get(0).networkSecurityGroup().isAbsent()).isTrue();
    assertThat(subnets.get(1).networkSecurityGroup().isKnown()).isTrue();
    assertThat(subnets.get(1).inline()).isTrue();
  }

  @Test
  void anUnknownSubnetIsAWarningAndASubnetOutsideTheScanIsNothing() {
    Mapped m = Mapped.of(
        resource("azurerm_subnet.app", "{\"name\": \"app\", \"virtual_network_name\": \"spoke\"}"),
        resource("azurerm_subnet_network_security_group_association.a", """
            {"subnet_id": "${unknown:var.subnet_id has no value}", "network_security_group_id": "${ref:azurerm_network_security_group.x}"}"""),
        resource("azurerm_subnet_route_table_association.b", """
            {"subnet_id": "${ref:module.other.azurerm_subnet.x}", "route_table_id": "${ref:azurerm_route_table.x}"}"""));
    Subnet s = m.only(Subnet.class);
    assertThat(s.networkSecurityGroup().isAbsent()).isTrue();
    assertThat(s.routeTable().isAbsent()).isTrue();
    assertThat(m.diagnostics()).hasSize(1);
    Diagnostic d = m.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("association-unlinked");
    assertThat(d.message()).isEqualTo("azurerm_subnet_network_security_group_association.a: its subnet is not known "
        + "(var.subnet_id has no value); the network security group is not attached to any subnet of the scan");
    assertThat(d.range().startLine()).isEqualTo(1);
  }

  @Test
  void anAmbiguousLiteralIdAttachesNothing() {
    Mapped m = Mapped.of(
        resource("azurerm_subnet.a", "{\"name\": \"app\", \"virtual_network_name\": \"spoke\", \"resource_group_name\": \"rg1\"}"),
        resource("module.b.azurerm_subnet.a", "{\"name\": \"app\", \"virtual_network_name\": \"spoke\"}"),
        resource("azurerm_subnet_network_security_group_association.a", """
            {"subnet_id": "/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/spoke/subnets/app",
             "network_security_group_id": "${ref:azurerm_network_security_group.x}"}"""));
    assertThat(m.all(Subnet.class)).allMatch(s -> s.networkSecurityGroup().isAbsent());
    assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("association-unlinked");
    assertThat(m.diagnostics().get(0).message()).contains("matches 2 subnets");
  }

  @Test
  void severalRootModulesRepeatAddressesTheAssociationTakesTheSubnetOfItsOwnModule() {
    String subnet = "{\"name\": \"internal\", \"virtual_network_name\": \"v\", \"address_prefixes\": [\"10.0.2.0/24\"]}";
    String association = """
        {"subnet_id": "${ref:azurerm_subnet.example}", "route_table_id": "${ref:azurerm_route_table.example}"}""";
    Mapped m = Mapped.of(
        resource("azurerm_subnet.example", "examples/a/main.tf", subnet),
        resource("azurerm_subnet.example", "examples/b/main.tf", subnet),
        resource("azurerm_subnet_route_table_association.example", "examples/b/network.tf", association));
    List<Subnet> subnets = m.all(Subnet.class);
    assertThat(subnets.get(0).routeTable().isAbsent()).isTrue();
    assertThat(subnets.get(1).routeTable().isKnown()).isTrue();
    assertThat(m.diagnostics()).isEmpty();
  }
}
