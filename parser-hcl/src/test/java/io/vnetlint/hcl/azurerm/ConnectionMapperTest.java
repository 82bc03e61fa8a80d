package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Secret;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionMapperTest {

  private static final String KEY = "Pr3-Shared-K3y!";

  private static Connection connection(String body) {
    return Mapped.of(resource("azurerm_virtual_network_gateway_connection.c", body)).only(Connection.class);
  }

  @Test
  void siteToSiteConnectionWithIpsecPolicy() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network_gateway.hub", "{\"name\": \"hub-gw\", \"type\": \"Vpn\"}"),
        resource("azurerm_local_network_gateway.onprem", "{\"name\": \"onprem\", \"gateway_address\": \"203.0.113.1\"}"),
        resource("azurerm_virtual_network_gateway_connection.s2s", """
            {
              "name": "hub-to-onprem",
              "resource_group_name": "rg",
              "type": "IPsec",
              "virtual_network_gateway_id": "${ref:azurerm_virtual_network_gateway.hub}",
              "local_network_gateway_id": "${ref:azurerm_local_network_gateway.onprem}",
              "shared_key": "%s",
              "connection_protocol": "IKEv2",
              "use_policy_based_traffic_selectors": true,
              "enable_bgp": false,
              "ipsec_policy": [{
                "dh_group": "DHGroup14", "ike_encryption": "AES256", "ike_integrity": "SHA256",
                "ipsec_encryption": "GCMAES256", "ipsec_integrity": "GCMAES256", "pfs_group": "PFS2048",
                "sa_datasize": 102400000, "sa_lifetime": 27000
              }]
            }""".formatted(KEY)));
    Connection c = m.only(Connection.class);
    assertThat(c.header().id()).isEqualTo(new ResourceId(null, "rg", "Microsoft.Network/connections",
        List.of("hub-to-onprem")));
    assertThat(c.isType("IPsec")).isTrue();
    assertThat(c.virtualNetworkGateway1().known()).contains(new ResourceRef.ByAddress(
        "azurerm_virtual_network_gateway.hub", "azurerm_virtual_network_gateway"));
    assertThat(c.virtualNetworkGateway2().isAbsent()).isTrue();
    assertThat(c.expressRouteCircuit().isAbsent()).isTrue();
    assertThat(c.sharedKey().known().orElseThrow().sameAs(new Secret(KEY))).isTrue();
    assertRange(c.sharedKey(), 7, 3, 7, 34);
    assertThat(c.connectionProtocol().known()).contains("IKEv2");
    assertThat(c.usePolicyBasedTrafficSelectors().known()).contains(true);
    assertThat(c.enableBgp().known()).contains(false);
    assertThat(c.ipsecPolicies().known().orElseThrow()).containsExactly(Map.of(
        "dhgroup", "DHGroup14", "ikeencryption", "AES256", "ikeintegrity", "SHA256",
        "ipsecencryption", "GCMAES256", "ipsecintegrity", "GCMAES256", "pfsgroup", "PFS2048",
        "sadatasizekilobytes", "102400000", "salifetimeseconds", "27000"));
    assertThat(c.toString()).doesNotContain(KEY);

    ResourceGraph graph = m.graph();
    assertThat(graph.gateway1(c).resource()).containsSame(m.only(VirtualNetworkGateway.class));
    assertThat(graph.localNetworkGateway(c).resource()).containsSame(m.only(LocalNetworkGateway.class));
    assertThat(graph.connectionsOf(m.only(VirtualNetworkGateway.class))).containsExactly(c);
  }

  @Test
  void vnetToVnetWithLiteralPeerIdAndBgpEnabled() {
    Connection c = connection("""
        {"name": "a-to-b", "type": "Vnet2Vnet", "virtual_network_gateway_id": "${ref:azurerm_virtual_network_gateway.a}",
         "peer_virtual_network_gateway_id": "/subscriptions/s/resourceGroups/rg-b/providers/Microsoft.Network/virtualNetworkGateways/gw-b",
         "shared_key": "${sensitive:%s}", "bgp_enabled": true}""".formatted(KEY));
    assertThat(c.virtualNetworkGateway2().known()).contains(new ResourceRef.ById(new ResourceId("s", "rg-b",
        "Microsoft.Network/virtualNetworkGateways", List.of("gw-b"))));
    assertThat(c.sharedKey().known().orElseThrow().sameAs(new Secret(KEY))).isTrue();
    assertThat(c.enableBgp().known()).contains(true);
    assertThat(c.ipsecPolicies().isAbsent()).isTrue();
  }

  @Test
  void expressRouteConnectionWithoutKey() {
    Connection c = connection("""
        {"name": "er", "type": "ExpressRoute", "virtual_network_gateway_id": "${ref:azurerm_virtual_network_gateway.er}",
         "express_route_circuit_id": "${ref:azurerm_express_route_circuit.c}", "shared_key": null, "ipsec_policy": []}""");
    assertThat(c.expressRouteCircuit().known())
        .contains(new ResourceRef.ByAddress("azurerm_express_route_circuit.c", "azurerm_express_route_circuit"));
    assertThat(c.sharedKey().isAbsent()).isTrue();
    assertThat(c.ipsecPolicies().isAbsent()).isTrue();
    assertThat(c.enableBgp().isAbsent()).isTrue();
  }

  @Test
  void unknownKeyAndEmptyKey() {
    assertThat(connection("{\"name\": \"c\", \"shared_key\": \"${unknown:random_password.psk.result is known after apply}\"}")
        .sharedKey().unknownReason()).contains("random_password.psk.result is known after apply");
    Connection empty = connection("{\"name\": \"c\", \"shared_key\": \"\"}");
    assertThat(empty.sharedKey().known().orElseThrow().isEmpty()).isTrue();
  }

  @Test
  void theKeyIsNeverInAMessage() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network_gateway_connection.c", """
        {"name": "c", "enable_bgp": true, "bgp_enabled": true, "shared_key": "%s",
         "ipsec_policy": [{"dh_group": "${unknown:var.dh has no value}"}]}""".formatted(KEY)));
    Connection c = m.only(Connection.class);
    assertThat(c.ipsecPolicies().unknownReason()).contains("var.dh has no value");
    assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("conflicting-attributes");
    for (Diagnostic d : m.diagnostics()) {
      assertThat(d.message()).doesNotContain(KEY);
    }
    assertThat(c.toString()).doesNotContain(KEY);
    // a sensitive policy value is not read either
    Connection sensitive = connection("""
        {"name": "c", "ipsec_policy": [{"dh_group": "${sensitive:DHGroup24}"}]}""");
    assertThat(sensitive.ipsecPolicies().unknownReason()).contains("the value is sensitive and is not read");
  }

  @Test
  void customBgpAddressesPrimaryAndSecondaryEachWhereWritten() {
    Connection c = connection("""
        {"name": "c", "type": "IPsec",
         "custom_bgp_addresses": [{"primary": "169.254.21.2", "secondary": "169.254.22.2"}]}""");
    List<Field<String>> addresses = c.customBgpAddresses().known().orElseThrow();
    assertThat(addresses).extracting(f -> f.known().orElse("?")).containsExactly("169.254.21.2", "169.254.22.2");
    assertRange(addresses.get(0), 2, 39, 2, 53);
    assertRange(addresses.get(1), 2, 68, 2, 82);
    // secondary is optional (azurerm 4.x); an unknown or sensitive address is unknown, never dropped
    assertThat(connection("""
        {"name": "c", "custom_bgp_addresses": [{"primary": "169.254.21.2"}]}""").customBgpAddresses().known()
        .orElseThrow()).extracting(f -> f.known().orElse("?")).containsExactly("169.254.21.2");
    List<Field<String>> unknown = connection("""
        {"name": "c", "custom_bgp_addresses": [{"primary": "${unknown:var.apipa has no value}",
         "secondary": "${sensitive:169.254.1.1}"}]}""").customBgpAddresses().known().orElseThrow();
    assertThat(unknown).extracting(f -> f.unknownReason().orElse("?"))
        .containsExactly("var.apipa has no value", "the value is sensitive and is not read");
    assertThat(connection("{\"name\": \"c\"}").customBgpAddresses().isAbsent()).isTrue();
  }

  @Test
  void customBgpAddressesOfAnUnknownDynamicBlockAreUnknownNotEmpty() {
    Field<List<Field<String>>> f = connection("""
        {"name": "c", "custom_bgp_addresses": "${unknown:dynamic for_each is unknown}"}""").customBgpAddresses();
    assertThat(f.unknownReason()).contains("dynamic for_each is unknown");
    assertThat(f.known()).isEmpty();
  }
}
