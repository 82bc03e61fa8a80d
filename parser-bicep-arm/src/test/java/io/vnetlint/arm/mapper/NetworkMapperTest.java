package io.vnetlint.arm.mapper;

import static io.vnetlint.arm.ArmScan.all;
import static io.vnetlint.arm.ArmScan.only;
import static io.vnetlint.arm.ArmScan.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.ArmScan;
import io.vnetlint.model.Field;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Secret;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.ClassicResource;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.ExpressRouteCircuit;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.RouteTable;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkMapperTest {
  @TempDir
  Path root;

  private FrontEnd.Result load(String resources) {
    return new ArmScan(root).write("main.json", template("\"resources\": [\n" + resources + "\n]")).load();
  }

  private static ResourceRef byId(String type, String... names) {
    return new ResourceRef.ById(ResourceId.of(type, names));
  }

  private static void assertRange(SourceRange r, int startLine, int startColumn, int endLine, int endColumn) {
    assertThat(new int[] {r.startLine(), r.startColumn(), r.endLine(), r.endColumn()})
        .as(r.toString()).containsExactly(startLine, startColumn, endLine, endColumn);
  }

  private static String prefixes(Field<PrefixList> f) {
    return f.known().orElseThrow().describe();
  }

  @Test
  void virtualNetworkWithInlineSubnetsAndPeerings() {
    FrontEnd.Result result = load("""
        {
          "type": "Microsoft.Network/virtualNetworks",
          "apiVersion": "2023-04-01",
          "name": "hub",
          "location": "westeurope",
          "properties": {
            "addressSpace": {"addressPrefixes": ["10.0.0.0/16", "fd00:db8::/48"]},
            "subnets": [
              {"name": "GatewaySubnet", "properties": {"addressPrefix": "10.0.255.0/27"}},
              {"name": "app", "properties": {"addressPrefixes": ["10.0.1.0/24"],
                "networkSecurityGroup": {"id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg')]"},
                "routeTable": {"id": "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt"}}}
            ],
            "virtualNetworkPeerings": [
              {"name": "to-spoke", "properties": {
                "remoteVirtualNetwork": {"id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]"},
                "allowGatewayTransit": true}}
            ]
          }
        }""");
    VirtualNetwork vnet = only(result, VirtualNetwork.class);
    assertThat(vnet.header().address()).isEqualTo("Microsoft.Network/virtualNetworks/hub");
    assertThat(vnet.header().displayName()).isEqualTo("hub");
    assertThat(vnet.header().id()).isEqualTo(ResourceId.of("Microsoft.Network/virtualNetworks", "hub"));
    assertRange(vnet.header().range(), 8, 3, 8, 16);
    assertThat(vnet.header().location().known()).contains("westeurope");
    assertThat(prefixes(vnet.addressSpace())).isEqualTo("10.0.0.0/16, fd00:db8::/48");
    assertRange(vnet.addressSpace().rangeOr(null), 11, 22, 11, 73);

    List<Subnet> subnets = all(result, Subnet.class);
    assertThat(subnets).extracting(s -> s.header().address()).containsExactly(
        "Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet",
        "Microsoft.Network/virtualNetworks/hub/subnets/app");
    Subnet gateway = subnets.get(0);
    assertThat(gateway.inline()).isTrue();
    assertThat(gateway.name().known()).contains("GatewaySubnet");
    assertRange(gateway.header().range(), 13, 8, 13, 31);
    assertThat(gateway.virtualNetwork().known()).contains(byId("Microsoft.Network/virtualNetworks", "hub"));
    assertThat(prefixes(gateway.addressPrefixes())).isEqualTo("10.0.255.0/27");
    assertThat(gateway.header().location().known()).contains("westeurope");
    Subnet app = subnets.get(1);
    assertThat(prefixes(app.addressPrefixes())).isEqualTo("10.0.1.0/24");
    assertThat(app.networkSecurityGroup().known()).contains(byId("Microsoft.Network/networkSecurityGroups", "nsg"));
    assertThat(app.routeTable().known()).contains(new ResourceRef.ById(
        new ResourceId("s1", "rg", "Microsoft.Network/routeTables", List.of("rt"))));

    Peering peering = only(result, Peering.class);
    assertThat(peering.inline()).isTrue();
    assertThat(peering.header().address())
        .isEqualTo("Microsoft.Network/virtualNetworks/hub/virtualNetworkPeerings/to-spoke");
    assertThat(peering.virtualNetwork().known()).contains(byId("Microsoft.Network/virtualNetworks", "hub"));
    assertThat(peering.remoteVirtualNetwork().known()).contains(byId("Microsoft.Network/virtualNetworks", "spoke"));
    assertThat(peering.allowGatewayTransit().known()).contains(true);
    assertThat(peering.useRemoteGateways().isAbsent()).isTrue();
  }

  @Test
  void peeringFlagsPointAtTheWholeMember() {
    FrontEnd.Result result = load("""
        {
          "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
          "apiVersion": "2023-04-01",
          "name": "spoke/to-hub",
          "properties": {
            "remoteVirtualNetwork": {"id": "[concat(resourceGroup().id, '/providers/Microsoft.Network/virtualNetworks/hub')]"},
            "allowVirtualNetworkAccess": true,
            "allowForwardedTraffic": false,
            "useRemoteGateways": true
          }
        }""");
    Peering peering = only(result, Peering.class);
    assertThat(peering.inline()).isFalse();
    assertThat(peering.header().displayName()).isEqualTo("to-hub");
    assertThat(peering.virtualNetwork().known()).contains(byId("Microsoft.Network/virtualNetworks", "spoke"));
    assertThat(peering.remoteVirtualNetwork().known()).contains(byId("Microsoft.Network/virtualNetworks", "hub"));
    assertThat(peering.allowVirtualNetworkAccess().known()).contains(true);
    assertThat(peering.allowForwardedTraffic().known()).contains(false);
    assertThat(peering.useRemoteGateways().known()).contains(true);
    assertRange(peering.useRemoteGateways().rangeOr(null), 13, 5, 13, 30);
  }

  @Test
  void gatewayWithBgpIpConfigurationsAndPointToSite() {
    FrontEnd.Result result = load("""
        {
          "type": "Microsoft.Network/virtualNetworkGateways",
          "apiVersion": "2023-04-01",
          "name": "gw",
          "properties": {
            "gatewayType": "Vpn",
            "vpnType": "RouteBased",
            "sku": {"name": "VpnGw2AZ", "tier": "VpnGw2AZ"},
            "vpnGatewayGeneration": "Generation2",
            "activeActive": true,
            "enableBgp": true,
            "bgpSettings": {
              "asn": 65010,
              "peerWeight": 0,
              "bgpPeeringAddresses": [
                {"ipconfigurationId": "x", "customBgpIpAddresses": ["169.254.21.1"]},
                {"ipconfigurationId": "y", "customBgpIpAddresses": ["169.254.22.1", "[parameters('nope')]"]}
              ]
            },
            "ipConfigurations": [
              {"name": "ipconfig1", "properties": {
                "subnet": {"id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]"},
                "publicIPAddress": {"id": "[resourceId('Microsoft.Network/publicIPAddresses', 'pip1')]"}}},
              {"name": "ipconfig2", "properties": {
                "subnet": {"id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]"},
                "publicIPAddress": {"id": "[resourceId('Microsoft.Network/publicIPAddresses', 'pip2')]"}}}
            ],
            "vpnClientConfiguration": {
              "vpnClientAddressPool": {"addressPrefixes": ["172.16.0.0/24"]},
              "vpnClientProtocols": ["OpenVPN", "IkeV2"],
              "vpnAuthenticationTypes": ["AAD"],
              "vpnClientRootCertificates": [],
              "aadTenant": "https://login.microsoftonline.com/t",
              "radiusServers": [{"radiusServerAddress": "10.1.0.4", "radiusServerSecret": "s3cret"}]
            }
          }
        }""");
    VirtualNetworkGateway gw = only(result, VirtualNetworkGateway.class);
    assertThat(gw.gatewayType().known()).contains("Vpn");
    assertThat(gw.vpnType().known()).contains("RouteBased");
    assertThat(gw.sku().known()).contains("VpnGw2AZ");
    assertThat(gw.generation().known()).contains("Generation2");
    assertThat(gw.activeActive().known()).contains(true);
    assertThat(gw.enableBgp().known()).contains(true);
    BgpSettings bgp = gw.bgpSettings().known().orElseThrow();
    assertThat(bgp.asn().known()).contains(65010L);
    assertThat(bgp.peerWeight().known()).contains(0L);
    assertThat(bgp.peeringAddress().isAbsent()).isTrue();
    assertThat(bgp.customApipaAddresses()).extracting(f -> f.known().orElse("?"))
        .containsExactly("169.254.21.1", "169.254.22.1", "?");
    assertThat(bgp.customApipaAddresses().get(2).unknownReason()).contains("parameter 'nope' is not declared");
    assertThat(gw.knownIpConfigurations()).hasSize(2);
    VirtualNetworkGateway.IpConfiguration second = gw.knownIpConfigurations().get(1);
    assertThat(second.name().known()).contains("ipconfig2");
    assertThat(second.subnet().known())
        .contains(byId("Microsoft.Network/virtualNetworks/subnets", "hub", "GatewaySubnet"));
    assertThat(second.publicIp().known()).contains(byId("Microsoft.Network/publicIPAddresses", "pip2"));
    VirtualNetworkGateway.VpnClientConfiguration p2s = gw.vpnClientConfiguration().known().orElseThrow();
    assertThat(prefixes(p2s.addressPool())).isEqualTo("172.16.0.0/24");
    assertThat(p2s.protocols().known().orElseThrow()).containsExactly("OpenVPN", "IkeV2");
    assertThat(p2s.authenticationTypes().known().orElseThrow()).containsExactly("AAD");
    assertThat(p2s.rootCertificateCount().known()).contains(0);
    assertThat(p2s.aadTenant().known()).contains("https://login.microsoftonline.com/t");
    assertThat(p2s.radiusServerAddress().known()).contains("10.1.0.4");
    // the RADIUS secret's literal is redacted in outputs
    assertThat(result.sensitiveRanges()).anySatisfy(r -> assertThat(r.startLine()).isEqualTo(38));
  }

  @Test
  void pointToSiteSettingsWrittenAsEmptyStringsAreNotSet() {
    // Azure Landing Zones' hub module writes every setting it leaves out as x.?setting ?? ''
    FrontEnd.Result allEmpty = load("""
        {
          "type": "Microsoft.Network/virtualNetworkGateways",
          "apiVersion": "2023-04-01",
          "name": "gw",
          "properties": {
            "gatewayType": "Vpn",
            "vpnClientConfiguration": {
              "vpnClientAddressPool": "",
              "vpnClientProtocols": "",
              "vpnAuthenticationTypes": "",
              "aadTenant": "",
              "radiusServerSecret": ""
            }
          }
        }""");
    assertThat(only(allEmpty, VirtualNetworkGateway.class).vpnClientConfiguration().isAbsent()).isTrue();

    FrontEnd.Result somePool = load("""
        {
          "type": "Microsoft.Network/virtualNetworkGateways",
          "apiVersion": "2023-04-01",
          "name": "gw",
          "properties": {
            "gatewayType": "Vpn",
            "vpnClientConfiguration": {
              "vpnClientAddressPool": {"addressPrefixes": ["172.16.0.0/24"]},
              "vpnAuthenticationTypes": "",
              "aadTenant": ""
            }
          }
        }""");
    VirtualNetworkGateway.VpnClientConfiguration p2s =
        only(somePool, VirtualNetworkGateway.class).vpnClientConfiguration().known().orElseThrow();
    assertThat(prefixes(p2s.addressPool())).isEqualTo("172.16.0.0/24");
    assertThat(p2s.authenticationTypes().isAbsent()).isTrue();
    assertThat(p2s.aadTenant().isAbsent()).isTrue();
  }

  @Test
  void localNetworkGatewayWithLiteralAddressOrAReferencedPublicIp() {
    FrontEnd.Result result = load("""
        {
          "type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "onprem",
          "properties": {
            "gatewayIpAddress": "203.0.113.10",
            "fqdn": "vpn.example.com",
            "localNetworkAddressSpace": {"addressPrefixes": ["192.168.0.0/16", "not-a-prefix"]},
            "bgpSettings": {"asn": "65050", "bgpPeeringAddress": "192.168.255.1", "peerWeight": 5}
          }
        },
        {
          "type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "other-side",
          "properties": {
            "gatewayIpAddress": "[reference(resourceId('Microsoft.Network/publicIPAddresses', 'gw2-pip'), '2023-04-01').ipAddress]"
          }
        },
        {
          "type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "by-name",
          "properties": {
            "fqdn": "[reference(resourceId('Microsoft.Network/publicIPAddresses', 'gw3-pip'), '2023-04-01').dnsSettings.fqdn]"
          }
        }""");
    List<LocalNetworkGateway> lngs = all(result, LocalNetworkGateway.class);
    LocalNetworkGateway onprem = lngs.get(0);
    assertThat(onprem.gatewayIpAddress().known()).contains("203.0.113.10");
    assertThat(onprem.gatewayPublicIp().isAbsent()).isTrue();
    assertThat(onprem.fqdn().known()).contains("vpn.example.com");
    PrefixList prefixes = onprem.addressPrefixes().known().orElseThrow();
    assertThat(prefixes.describe()).isEqualTo("192.168.0.0/16");
    assertThat(prefixes.fullyKnown()).isFalse();
    assertThat(prefixes.unknowns()).extracting(Value.Unknown::reason).containsExactly("'not-a-prefix' is not a CIDR prefix");
    BgpSettings bgp = onprem.bgpSettings().known().orElseThrow();
    assertThat(bgp.asn().known()).contains(65050L);
    assertThat(bgp.peeringAddress().known()).contains("192.168.255.1");
    assertThat(bgp.peerWeight().known()).contains(5L);

    LocalNetworkGateway other = lngs.get(1);
    assertThat(other.gatewayIpAddress().isUnknown()).isTrue();
    assertThat(other.gatewayPublicIp().known()).contains(byId("Microsoft.Network/publicIPAddresses", "gw2-pip"));

    // the FQDN of a public IP names it as its address does
    LocalNetworkGateway byName = lngs.get(2);
    assertThat(byName.fqdn().isUnknown()).isTrue();
    assertThat(byName.gatewayPublicIp().known()).contains(byId("Microsoft.Network/publicIPAddresses", "gw3-pip"));
  }

  @Test
  void connectionsWithSecretsAndPolicies() {
    FrontEnd.Result result = load("""
        {
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "s2s",
          "properties": {
            "connectionType": "IPsec",
            "virtualNetworkGateway1": {"id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw')]"},
            "localNetworkGateway2": {"id": "[resourceId('Microsoft.Network/localNetworkGateways', 'onprem')]"},
            "sharedKey": "abc123",
            "enableBgp": false,
            "connectionProtocol": "IKEv2",
            "usePolicyBasedTrafficSelectors": false,
            "ipsecPolicies": [{"saLifeTimeSeconds": 27000, "ipsecEncryption": "AES256", "pfsGroup": "None"}]
          }
        },
        {
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "v2v",
          "properties": {
            "connectionType": "Vnet2Vnet",
            "virtualNetworkGateway1": {"id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw')]"},
            "virtualNetworkGateway2": {"id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw2')]"}
          }
        },
        {
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "er",
          "properties": {"connectionType": "ExpressRoute",
            "peer": {"id": "[resourceId('Microsoft.Network/expressRouteCircuits', 'circuit')]"}}
        }""");
    List<Connection> connections = all(result, Connection.class);
    Connection s2s = connections.get(0);
    assertThat(s2s.isType("ipsec")).isTrue();
    assertThat(s2s.virtualNetworkGateway1().known()).contains(byId("Microsoft.Network/virtualNetworkGateways", "gw"));
    assertThat(s2s.localNetworkGateway2().known()).contains(byId("Microsoft.Network/localNetworkGateways", "onprem"));
    assertThat(s2s.sharedKey().known().orElseThrow().sameAs(new Secret("abc123"))).isTrue();
    assertThat(s2s.sharedKey().known().orElseThrow().toString()).isEqualTo("<redacted>");
    assertRange(s2s.sharedKey().rangeOr(null), 11, 5, 11, 26);
    assertThat(result.sensitiveRanges()).anySatisfy(r -> assertRange(r, 11, 18, 11, 26));
    assertThat(s2s.enableBgp().known()).contains(false);
    assertThat(s2s.connectionProtocol().known()).contains("IKEv2");
    assertThat(s2s.usePolicyBasedTrafficSelectors().known()).contains(false);
    assertThat(s2s.ipsecPolicies().known().orElseThrow()).containsExactly(
        Map.of("salifetimeseconds", "27000", "ipsecencryption", "AES256", "pfsgroup", "None"));
    Connection v2v = connections.get(1);
    assertThat(v2v.virtualNetworkGateway2().known()).contains(byId("Microsoft.Network/virtualNetworkGateways", "gw2"));
    assertThat(v2v.sharedKey().isAbsent()).isTrue();
    assertThat(connections.get(2).expressRouteCircuit().known())
        .contains(byId("Microsoft.Network/expressRouteCircuits", "circuit"));
  }

  @Test
  void connectionCustomBgpAddressesEachWhereWritten() {
    FrontEnd.Result result = load("""
        {
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "apipa",
          "properties": {
            "connectionType": "IPsec",
            "gatewayCustomBgpIpAddresses": [
              {"ipConfigurationId": "a", "customBgpIpAddress": "169.254.21.5"},
              {"ipConfigurationId": "b", "customBgpIpAddress": "[parameters('nope')]"}
            ]
          }
        },
        {
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "whole",
          "properties": {"connectionType": "IPsec", "gatewayCustomBgpIpAddresses": "[parameters('list')]"}
        },
        {
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "none",
          "properties": {"connectionType": "IPsec"}
        }""");
    List<Connection> connections = all(result, Connection.class);
    List<Field<String>> addresses = connections.get(0).customBgpAddresses().known().orElseThrow();
    assertThat(addresses).extracting(f -> f.known().orElse("?")).containsExactly("169.254.21.5", "?");
    assertRange(addresses.get(0).rangeOr(null), 10, 56, 10, 70);
    assertThat(addresses.get(1).unknownReason()).contains("parameter 'nope' is not declared");
    Field<List<Field<String>>> whole = connections.get(1).customBgpAddresses();
    assertThat(whole.isUnknown()).as("an unknown list never reads as empty").isTrue();
    assertThat(whole.known()).isEmpty();
    assertThat(connections.get(2).customBgpAddresses().isAbsent()).isTrue();
  }

  @Test
  void publicIpsCircuitsAndSecurityGroups() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-04-01", "name": "pip",
         "sku": {"name": "Standard"}, "zones": ["1", "2", "3"],
         "properties": {"publicIPAllocationMethod": "Static", "ipAddress": "198.51.100.7"}},
        {"type": "Microsoft.Network/expressRouteCircuits", "apiVersion": "2023-04-01", "name": "circuit",
         "sku": {"name": "Premium_MeteredData", "tier": "Premium", "family": "MeteredData"}},
        {"type": "microsoft.network/NETWORKSECURITYGROUPS", "apiVersion": "2023-04-01", "name": "nsg"}""");
    PublicIp pip = only(result, PublicIp.class);
    assertThat(pip.sku().known()).contains("Standard");
    assertThat(pip.allocationMethod().known()).contains("Static");
    assertThat(pip.ipAddress().known()).contains("198.51.100.7");
    assertThat(pip.zones().known().orElseThrow()).containsExactly("1", "2", "3");
    ExpressRouteCircuit circuit = only(result, ExpressRouteCircuit.class);
    assertThat(circuit.skuTier().known()).contains("Premium");
    assertThat(circuit.skuFamily().known()).contains("MeteredData");
    NetworkSecurityGroup nsg = only(result, NetworkSecurityGroup.class);
    assertThat(nsg.header().address()).isEqualTo("Microsoft.Network/networkSecurityGroups/nsg");
  }

  @Test
  void routeTablesCollectInlineAndChildRoutes() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.Network/routeTables", "apiVersion": "2023-04-01", "name": "rt",
         "properties": {"disableBgpRoutePropagation": true,
           "routes": [{"name": "default", "properties": {"addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance"}}]}},
        {"type": "Microsoft.Network/routeTables/routes", "apiVersion": "2023-04-01", "name": "rt/onprem",
         "properties": {"addressPrefix": "192.168.0.0/16", "nextHopType": "VirtualNetworkGateway"}}""");
    RouteTable rt = only(result, RouteTable.class);
    assertThat(rt.disableBgpRoutePropagation().known()).contains(true);
    assertThat(rt.routes()).extracting(r -> r.name().known().orElseThrow()).containsExactly("default", "onprem");
    assertThat(rt.routes()).extracting(r -> r.nextHopType().known().orElseThrow())
        .containsExactly("VirtualAppliance", "VirtualNetworkGateway");
    assertThat(rt.routes().get(1).addressPrefix().known()).contains("192.168.0.0/16");
  }

  @Test
  void virtualHubsWithAnIpConfigurationAreRouteServers() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.Network/virtualHubs", "apiVersion": "2023-04-01", "name": "rs",
         "properties": {"sku": "Standard"},
         "resources": [{"type": "ipConfigurations", "apiVersion": "2023-04-01", "name": "ipconfig1",
           "properties": {"subnet": {"id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'RouteServerSubnet')]"}}}]},
        {"type": "Microsoft.Network/virtualHubs", "apiVersion": "2023-04-01", "name": "vwan-hub",
         "properties": {"virtualWan": {"id": "x"}}}""");
    RouteServer rs = only(result, RouteServer.class);
    assertThat(rs.header().address()).isEqualTo("Microsoft.Network/virtualHubs/rs");
    assertThat(rs.subnet().known())
        .contains(byId("Microsoft.Network/virtualNetworks/subnets", "hub", "RouteServerSubnet"));
  }

  @Test
  void classicVirtualNetworks() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.ClassicNetwork/virtualNetworks", "apiVersion": "2016-11-01", "name": "classic",
         "properties": {"addressSpace": {"addressPrefixes": ["172.20.0.0/16"]}}}""");
    ClassicVirtualNetwork classic = only(result, ClassicVirtualNetwork.class);
    assertThat(prefixes(classic.addressSpace())).isEqualTo("172.20.0.0/16");
  }

  @Test
  void otherClassicTypesAreKeptAsDeclarations() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.ClassicNetwork/reservedIps", "apiVersion": "2016-11-01", "name": "legacy-ip",
         "location": "westeurope", "properties": {}},
        {"type": "microsoft.classicnetwork/networkSecurityGroups", "apiVersion": "2016-11-01", "name": "legacy-nsg",
         "location": "westeurope", "properties": {}}""");
    assertThat(result.resources()).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(ClassicResource.class));
    assertThat(result.resources()).extracting(AzureResource::describe).containsExactly(
        "classic resource Microsoft.ClassicNetwork/reservedIps 'legacy-ip'",
        "classic resource microsoft.classicnetwork/networkSecurityGroups 'legacy-nsg'");
  }

  @Test
  void gatewayIpConfigurationsOfACopyLoopWithAnUnknownCountAreUnknownNotEmpty() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2023-04-01", "name": "gw",
         "properties": {"activeActive": true,
           "copy": [{"name": "ipConfigurations", "count": "[parameters('instances')]",
             "input": {"name": "[concat('ipconfig', copyIndex('ipConfigurations'))]", "properties": {}}}]}},
        {"type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2023-04-01", "name": "empty",
         "properties": {"ipConfigurations": []}},
        {"type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2023-04-01", "name": "none",
         "properties": {}}""");
    List<VirtualNetworkGateway> gateways = result.resources().stream()
        .map(VirtualNetworkGateway.class::cast).toList();
    assertThat(gateways.get(0).ipConfigurations().unknownReason()).hasValueSatisfying(
        r -> assertThat(r).contains("instances"));
    assertThat(gateways.get(0).knownIpConfigurations()).isEmpty();
    assertThat(gateways.get(1).ipConfigurations().known()).contains(List.of());
    assertThat(gateways.get(2).ipConfigurations().isAbsent()).isTrue();
  }

  @Test
  void wrongJsonTypesAndUnknownNamesAreUnknownNeverGuessed() {
    FrontEnd.Result result = load("""
        {"type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-04-01",
         "name": "[concat(parameters('vnet'), '/to-hub')]",
         "properties": {"useRemoteGateways": "yes", "allowGatewayTransit": "[parameters('transit')]",
           "remoteVirtualNetwork": {"id": "not-an-id"}}}""");
    Peering peering = only(result, Peering.class);
    assertThat(peering.header().displayName()).startsWith("{unknown@main.json:6:");
    assertThat(peering.useRemoteGateways().unknownReason()).contains("expected a boolean, found a string");
    assertThat(peering.allowGatewayTransit().unknownReason()).contains("parameter 'transit' is not declared");
    assertThat(peering.remoteVirtualNetwork().unknownReason()).contains("'not-an-id' is not a resource id");
  }
}
