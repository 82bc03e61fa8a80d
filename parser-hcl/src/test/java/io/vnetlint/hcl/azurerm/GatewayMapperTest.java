package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.Mapped.prefixes;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import org.junit.jupiter.api.Test;

class GatewayMapperTest {

  private static VirtualNetworkGateway gateway(String body) {
    return Mapped.of(resource("azurerm_virtual_network_gateway.gw", body)).only(VirtualNetworkGateway.class);
  }

  @Test
  void activeActiveBgpGatewayInTheHub() {
    Mapped m = Mapped.of(
        resource("azurerm_virtual_network.hub", """
            {"name": "hub", "resource_group_name": "rg", "address_space": ["10.0.0.0/16"]}"""),
        resource("azurerm_subnet.gw", """
            {"name": "GatewaySubnet", "resource_group_name": "rg", "virtual_network_name": "hub",
             "address_prefixes": ["10.0.255.0/27"]}"""),
        resource("azurerm_public_ip.a", """
            {"name": "pip-a", "resource_group_name": "rg", "allocation_method": "Static", "sku": "Standard"}"""),
        resource("azurerm_public_ip.b", """
            {"name": "pip-b", "resource_group_name": "rg", "allocation_method": "Static", "sku": "Standard"}"""),
        resource("azurerm_virtual_network_gateway.hub", """
            {
              "name": "hub-gw",
              "resource_group_name": "rg",
              "location": "westeurope",
              "type": "Vpn",
              "vpn_type": "RouteBased",
              "sku": "VpnGw2AZ",
              "generation": "Generation2",
              "active_active": true,
              "bgp_enabled": true,
              "bgp_settings": [{
                "asn": 65010,
                "peer_weight": "10",
                "peering_addresses": [
                  {"ip_configuration_name": "a", "apipa_addresses": ["169.254.21.1", "169.254.21.5"]},
                  {"ip_configuration_name": "b", "apipa_addresses": ["169.254.22.1"]}
                ]
              }],
              "ip_configuration": [
                {"name": "a", "subnet_id": "${ref:azurerm_subnet.gw}", "public_ip_address_id": "${ref:azurerm_public_ip.a}"},
                {"name": "b", "subnet_id": "${ref:azurerm_subnet.gw}", "public_ip_address_id": "${ref:azurerm_public_ip.b}"}
              ]
            }"""));
    VirtualNetworkGateway g = m.only(VirtualNetworkGateway.class);
    assertThat(g.header().id().name()).isEqualTo("hub-gw");
    assertThat(g.header().id().type()).isEqualTo("Microsoft.Network/virtualNetworkGateways");
    assertThat(g.gatewayType().known()).contains("Vpn");
    assertThat(g.isVpn()).isTrue();
    assertThat(g.vpnType().known()).contains("RouteBased");
    assertThat(g.sku().known()).contains("VpnGw2AZ");
    assertRange(g.sku(), 7, 3, 7, 20);
    assertThat(g.generation().known()).contains("Generation2");
    assertThat(g.activeActive().known()).contains(true);
    assertThat(g.enableBgp().known()).contains(true);
    assertRange(g.enableBgp(), 10, 3, 10, 22);

    BgpSettings bgp = g.bgpSettings().known().orElseThrow();
    assertThat(bgp.asn().known()).contains(65010L);
    assertRange(bgp.asn(), 12, 5, 12, 17);
    assertThat(bgp.peerWeight().known()).contains(10L);
    assertThat(bgp.peeringAddress().isAbsent()).isTrue();
    assertThat(bgp.customApipaAddresses()).extracting(f -> f.known().orElseThrow())
        .containsExactly("169.254.21.1", "169.254.21.5", "169.254.22.1");
    assertRange(bgp.customApipaAddresses().get(2).rangeOr(null), 16, 58, 16, 72);

    assertThat(g.knownIpConfigurations()).hasSize(2);
    assertThat(g.ipConfigurations().isKnown()).isTrue();
    assertThat(g.knownIpConfigurations().get(0).name().known()).contains("a");
    assertThat(g.knownIpConfigurations().get(0).subnet().known())
        .contains(new ResourceRef.ByAddress("azurerm_subnet.gw", "azurerm_subnet"));
    assertRange(g.knownIpConfigurations().get(1).range(), 21, 5, 21, 113);

    ResourceGraph graph = m.graph();
    assertThat(graph.virtualNetworkOf(g)).containsSame(m.only(VirtualNetwork.class));
    assertThat(graph.gatewaysOf(m.only(VirtualNetwork.class))).containsExactly(g);
    assertThat(graph.publicIpsOf(g)).extracting(PublicIp::describe)
        .containsExactly("public IP address 'pip-a'", "public IP address 'pip-b'");
    assertThat(m.diagnostics()).isEmpty();
  }

  @Test
  void enableBgpOfV3AndV4() {
    assertThat(gateway("{\"name\": \"g\", \"enable_bgp\": true}").enableBgp().known()).contains(true);
    assertThat(gateway("{\"name\": \"g\", \"bgp_enabled\": false}").enableBgp().known()).contains(false);
    assertThat(gateway("{\"name\": \"g\"}").enableBgp().isAbsent()).isTrue();
    // plan JSON of v4.62+ has both, the deprecated one null
    assertThat(gateway("{\"name\": \"g\", \"enable_bgp\": null, \"bgp_enabled\": true}").enableBgp().known())
        .contains(true);
  }

  @Test
  void bothBgpNamesWrittenReadTheNewerOneWithAWarning() {
    Mapped m = Mapped.of(resource("azurerm_virtual_network_gateway.gw", """
        {"name": "g",
         "enable_bgp": false,
         "bgp_enabled": true}"""));
    assertThat(m.only(VirtualNetworkGateway.class).enableBgp().known()).contains(true);
    assertThat(m.diagnostics()).hasSize(1);
    Diagnostic d = m.diagnostics().get(0);
    assertThat(d.kind()).isEqualTo(Diagnostic.Kind.WARNING);
    assertThat(d.code()).isEqualTo("conflicting-attributes");
    assertThat(d.message()).isEqualTo("both 'bgp_enabled' and its older name 'enable_bgp' are set; the provider "
        + "accepts only one; 'bgp_enabled' is read");
    assertRange(d.range(), 2, 2, 2, 21);
  }

  @Test
  void aPlanHoldsBothBgpNamesWithoutConflict() {
    // during the deprecation the provider reads both back from Azure; the plan is no configuration to fix
    Mapped m = Mapped.of(TfBodies.fromPlan("azurerm_virtual_network_gateway.gw", """
        {"name": "g", "enable_bgp": true, "bgp_enabled": true}"""));
    assertThat(m.only(VirtualNetworkGateway.class).enableBgp().known()).contains(true);
    assertThat(m.diagnostics()).isEmpty();
  }

  @Test
  void legacyPeeringAddressAndUnknownParts() {
    VirtualNetworkGateway g = gateway("""
        {"name": "g", "type": "${unknown:var.type has no value}",
         "bgp_settings": [{"asn": "${unknown:var.asn has no value}", "peering_address": "10.0.255.30",
                           "peering_addresses": [{"apipa_addresses": "${unknown:var.apipa has no value}"},
                                                 {"apipa_addresses": ["${unknown:local.x is unknown}", 5]}]}],
         "ip_configuration": [{"subnet_id": "${unknown:module.net.gateway_subnet_id is unknown}"}]}""");
    assertThat(g.gatewayType().unknownReason()).contains("var.type has no value");
    assertThat(g.isVpn()).isFalse();
    assertThat(g.isExpressRoute()).isFalse();
    BgpSettings bgp = g.bgpSettings().known().orElseThrow();
    assertThat(bgp.asn().unknownReason()).contains("var.asn has no value");
    assertThat(bgp.peeringAddress().known()).contains("10.0.255.30");
    assertThat(bgp.customApipaAddresses()).extracting(f -> f.unknownReason().orElseThrow())
        .containsExactly("var.apipa has no value", "local.x is unknown", "expected an IP address, found a number");
    assertThat(g.knownIpConfigurations().get(0).name().isAbsent()).isTrue();
    assertThat(g.knownIpConfigurations().get(0).subnet().unknownReason())
        .contains("module.net.gateway_subnet_id is unknown");
    assertThat(g.knownIpConfigurations().get(0).publicIp().isAbsent()).isTrue();
  }

  @Test
  void expressRouteGatewayAndEmptyPlanBlocks() {
    VirtualNetworkGateway g = gateway("""
        {"name": "er", "type": "ExpressRoute", "sku": "ErGw1AZ", "bgp_settings": [], "vpn_client_configuration": [],
         "vpn_type": "RouteBased", "active_active": false}""");
    assertThat(g.isExpressRoute()).isTrue();
    assertThat(g.kind()).isEqualTo("ExpressRoute gateway");
    assertThat(g.bgpSettings().isAbsent()).isTrue();
    assertThat(g.vpnClientConfiguration().isAbsent()).isTrue();
    assertThat(g.ipConfigurations().isAbsent()).isTrue();
    assertThat(g.knownIpConfigurations()).isEmpty();
  }

  @Test
  void ipConfigurationsOfAnUnknownDynamicBlockAreUnknownNotEmpty() {
    VirtualNetworkGateway g = gateway("""
        {"name": "g", "ip_configuration": "${unknown:dynamic for_each is unknown}"}""");
    assertThat(g.ipConfigurations().unknownReason()).contains("dynamic for_each is unknown");
    assertThat(g.knownIpConfigurations()).isEmpty();
    assertThat(gateway("{\"name\": \"g\", \"ip_configuration\": []}").ipConfigurations().known())
        .contains(java.util.List.of());
  }

  @Test
  void pointToSiteConfiguration() {
    VirtualNetworkGateway g = gateway("""
        {"name": "p2s",
         "vpn_client_configuration": [{
           "address_space": ["172.16.0.0/24"],
           "vpn_client_protocols": ["OpenVPN", "IkeV2"],
           "vpn_auth_types": ["Certificate", "AAD", "Radius"],
           "root_certificate": [{"name": "a", "public_cert_data": "MIIC..."}, {"name": "b", "public_cert_data": "MIID..."}],
           "aad_tenant": "https://login.microsoftonline.com/tenant/",
           "radius_server": [{"address": "10.1.0.4", "secret": "${sensitive:radius-secret}", "score": 15}]
         }]}""");
    VirtualNetworkGateway.VpnClientConfiguration c = g.vpnClientConfiguration().known().orElseThrow();
    assertThat(prefixes(c.addressPool())).isEqualTo("172.16.0.0/24");
    assertThat(c.protocols().known().orElseThrow()).containsExactly("OpenVPN", "IkeV2");
    assertThat(c.authenticationTypes().known().orElseThrow()).containsExactly("Certificate", "AAD", "Radius");
    assertThat(c.rootCertificateCount().known()).contains(2);
    assertThat(c.aadTenant().known()).contains("https://login.microsoftonline.com/tenant/");
    assertThat(c.radiusServerAddress().known()).contains("10.1.0.4");
    assertRange(c.range(), 2, 31, 9, 3);
    assertThat(g.toString()).doesNotContain("radius-secret");

    VirtualNetworkGateway legacy = gateway("""
        {"name": "p2s", "vpn_client_configuration": [{"address_space": ["172.16.0.0/24"],
         "radius_server_address": "10.1.0.5", "radius_server_secret": "${sensitive:s}", "root_certificate": []}]}""");
    VirtualNetworkGateway.VpnClientConfiguration l = legacy.vpnClientConfiguration().known().orElseThrow();
    assertThat(l.radiusServerAddress().known()).contains("10.1.0.5");
    assertThat(l.rootCertificateCount()).isEqualTo(Field.absent());
    assertThat(l.protocols().isAbsent()).isTrue();
  }
}
