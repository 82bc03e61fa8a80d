package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ExpressRouteCircuit;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleMappersTest {

  @Test
  void expressRouteCircuitSku() {
    ExpressRouteCircuit c = Mapped.of(resource("azurerm_express_route_circuit.er", """
        {"name": "er-circuit", "service_provider_name": "Equinix", "peering_location": "Amsterdam",
         "bandwidth_in_mbps": 1000, "sku": [{"tier": "Premium", "family": "MeteredData"}]}"""))
        .only(ExpressRouteCircuit.class);
    assertThat(c.header().id().type()).isEqualTo("Microsoft.Network/expressRouteCircuits");
    assertThat(c.skuTier().known()).contains("Premium");
    assertThat(c.skuFamily().known()).contains("MeteredData");

    ExpressRouteCircuit unknown = Mapped.of(resource("azurerm_express_route_circuit.er", """
        {"name": "er", "sku": "${unknown:var.sku has no value}"}""")).only(ExpressRouteCircuit.class);
    assertThat(unknown.skuTier().unknownReason()).contains("var.sku has no value");
    assertThat(unknown.skuFamily().unknownReason()).contains("var.sku has no value");
    ExpressRouteCircuit none = Mapped.of(resource("azurerm_express_route_circuit.er", "{\"name\": \"er\"}"))
        .only(ExpressRouteCircuit.class);
    assertThat(none.skuTier().isAbsent()).isTrue();
  }

  @Test
  void networkSecurityGroup() {
    NetworkSecurityGroup nsg = Mapped.of(resource("azurerm_network_security_group.app", """
        {"name": "nsg-app", "resource_group_name": "rg", "security_rule": [{"name": "ssh"}]}"""))
        .only(NetworkSecurityGroup.class);
    assertThat(nsg.header().id())
        .isEqualTo(new ResourceId(null, "rg", "Microsoft.Network/networkSecurityGroups", List.of("nsg-app")));
    assertThat(nsg.describe()).isEqualTo("network security group 'nsg-app'");
  }

  @Test
  void routeServerSitsInItsSubnetsNetwork() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network.hub", "{\"name\": \"hub\", \"address_space\": [\"10.0.0.0/16\"]}"),
        resource("azurerm_subnet.rs", """
            {"name": "RouteServerSubnet", "virtual_network_name": "hub", "address_prefixes": ["10.0.254.0/27"]}"""),
        resource("azurerm_route_server.rs", """
            {"name": "rs", "sku": "Standard", "subnet_id": "${ref:azurerm_subnet.rs}",
             "public_ip_address_id": "${ref:azurerm_public_ip.rs}", "branch_to_branch_traffic_enabled": true}"""));
    RouteServer rs = m.only(RouteServer.class);
    assertThat(rs.header().id().type()).isEqualTo("Microsoft.Network/virtualHubs");
    assertThat(rs.subnet().known()).contains(new ResourceRef.ByAddress("azurerm_subnet.rs", "azurerm_subnet"));
    assertThat(m.graph().routeServersOf(m.only(VirtualNetwork.class))).containsExactly(rs);
    assertThat(m.only(Subnet.class).name().known()).contains("RouteServerSubnet");
  }

  @Test
  void otherTypesAreIgnored() {
    Mapped m = Mapped.of(
        resource("azurerm_resource_group.rg", "{\"name\": \"rg\", \"location\": \"westeurope\"}"),
        resource("random_password.psk", "{\"length\": 32}"),
        resource("azurerm_network_security_rule.ssh", "{\"name\": \"ssh\"}"));
    assertThat(m.resources()).isEmpty();
    assertThat(m.diagnostics()).isEmpty();
    assertThat(AzurermMapper.handles("azurerm_virtual_network")).isTrue();
    assertThat(AzurermMapper.handles("azurerm_subnet_route_table_association")).isTrue();
    assertThat(AzurermMapper.handles("azurerm_resource_group")).isFalse();
  }

  @Test
  void resourcesKeepTheirOrder() {
    Mapped m = Mapped.of(
        resource("azurerm_public_ip.a", "{\"name\": \"a\"}"),
        resource("azurerm_virtual_network.v", "{\"name\": \"v\", \"subnet\": [{\"name\": \"s\"}]}"),
        resource("azurerm_network_security_group.n", "{\"name\": \"n\"}"));
    assertThat(m.resources()).extracting(AzureResource::kind)
        .containsExactly("public IP address", "virtual network", "subnet", "network security group");
  }
}
