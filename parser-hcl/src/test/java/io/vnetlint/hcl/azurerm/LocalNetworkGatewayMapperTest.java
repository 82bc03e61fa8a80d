package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.Mapped.prefixes;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.PublicIp;
import org.junit.jupiter.api.Test;

class LocalNetworkGatewayMapperTest {

  private static LocalNetworkGateway lng(String body) {
    return Mapped.of(resource("azurerm_local_network_gateway.onprem", body)).only(LocalNetworkGateway.class);
  }

  @Test
  void literalAddressPrefixesAndBgp() {
    LocalNetworkGateway l = lng("""
        {
          "name": "onprem",
          "resource_group_name": "rg",
          "gateway_address": "203.0.113.10",
          "address_space": ["192.168.0.0/16"],
          "bgp_settings": [{"asn": 65050, "bgp_peering_address": "192.168.255.1", "peer_weight": 0}]
        }""");
    assertThat(l.header().id().type()).isEqualTo("Microsoft.Network/localNetworkGateways");
    assertThat(l.gatewayIpAddress().known()).contains("203.0.113.10");
    assertRange(l.gatewayIpAddress(), 4, 3, 4, 36);
    assertThat(l.gatewayPublicIp().isAbsent()).isTrue();
    assertThat(l.fqdn().isAbsent()).isTrue();
    assertThat(prefixes(l.addressPrefixes())).isEqualTo("192.168.0.0/16");
    BgpSettings bgp = l.bgpSettings().known().orElseThrow();
    assertThat(bgp.asn().known()).contains(65050L);
    assertThat(bgp.peeringAddress().known()).contains("192.168.255.1");
    assertThat(bgp.peerWeight().known()).contains(0L);
    assertThat(bgp.customApipaAddresses()).isEmpty();
  }

  @Test
  void aPublicIpReferenceNamesThePublicIpAndLeavesTheAddressUnknown() {
    Mapped m = Mapped.of(
        resource("azurerm_public_ip.peer", """
            {"name": "peer-gw-pip", "allocation_method": "Static", "sku": "Standard"}"""),
        resource("azurerm_local_network_gateway.peer", """
            {"name": "peer", "gateway_address": "${ref:azurerm_public_ip.peer}", "address_space": ["10.2.0.0/16"]}"""));
    LocalNetworkGateway l = m.only(LocalNetworkGateway.class);
    assertThat(l.gatewayPublicIp().known())
        .contains(new ResourceRef.ByAddress("azurerm_public_ip.peer", "azurerm_public_ip"));
    assertRange(l.gatewayPublicIp(), 1, 18, 1, 68);
    assertThat(l.gatewayIpAddress().unknownReason())
        .contains("the address of public IP 'azurerm_public_ip.peer', known after apply");
    assertThat(m.graph().resolve(l.gatewayPublicIp(), l).resource(PublicIp.class)).containsSame(m.only(PublicIp.class));
  }

  @Test
  void aReferenceToAnotherKindIsNotAnAddress() {
    LocalNetworkGateway l = lng("""
        {"name": "x", "gateway_address": "${ref:azurerm_virtual_network.hub}"}""");
    assertThat(l.gatewayPublicIp().isAbsent()).isTrue();
    assertThat(l.gatewayIpAddress().unknownReason())
        .contains("'gateway_address' refers to 'azurerm_virtual_network.hub', not to an IP address");
  }

  @Test
  void fqdnUnknownAddressAndV5SetOfPrefixes() {
    LocalNetworkGateway l = lng("""
        {"name": "x", "gateway_fqdn": "vpn.example.com", "gateway_address": "${unknown:var.ip has no value}",
         "address_space": ["10.3.0.0/16", "10.4.0.0/16"]}""");
    assertThat(l.fqdn().known()).contains("vpn.example.com");
    assertThat(l.gatewayIpAddress().unknownReason()).contains("var.ip has no value");
    assertThat(l.gatewayPublicIp().isAbsent()).isTrue();
    assertThat(prefixes(l.addressPrefixes())).isEqualTo("10.3.0.0/16, 10.4.0.0/16");
  }

  @Test
  void aSensitiveAddressIsNotRead() {
    LocalNetworkGateway l = lng("""
        {"name": "x", "gateway_address": "${sensitive:198.51.100.7}"}""");
    assertThat(l.gatewayIpAddress().unknownReason()).contains("the value is sensitive and is not read");
    assertThat(l.toString()).doesNotContain("198.51.100.7");
  }
}
