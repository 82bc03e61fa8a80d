package io.vnetlint.cli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reachability model on small topologies, asserted row by row through {@code vnetlint graph --format json}. */
class ReachabilityTest {

  @Test
  void peeringIsNotTransitive() throws Exception {
    Map<String, JsonNode> rows = rows("non-transitive");

    assertThat(rows.get("hub|spoke1").get("status").asText()).isEqualTo("reachable");
    assertThat(rows.get("hub|spoke1").get("via").asText()).isEqualTo("peering");
    assertThat(rows.get("hub|spoke2").get("status").asText()).isEqualTo("reachable");
    JsonNode spokes = rows.get("spoke1|spoke2");
    assertThat(spokes.get("status").asText()).isEqualTo("not-reachable");
    assertThat(spokes.get("reasons").toString()).contains("peering is not transitive");
    assertThat(rows).hasSize(3);
  }

  @Test
  void gatewayTransitExtendsSpokesToTheHubGatewaysSitesButNotToEachOther() throws Exception {
    Map<String, JsonNode> rows = rows("transit");

    assertThat(rows.get("spoke1|branch-bgp").get("status").asText()).isEqualTo("reachable");
    assertThat(rows.get("spoke1|branch-bgp").get("via").asText())
        .isEqualTo("gateway transit via 'hub', then site-to-site connection 'cn-bgp'");
    assertThat(rows.get("spoke2|branch-static").get("status").asText()).isEqualTo("reachable");
    assertThat(rows.get("hub|branch-static").get("via").asText()).isEqualTo("site-to-site connection 'cn-static'");
    JsonNode spokes = rows.get("spoke1|spoke2");
    assertThat(spokes.get("status").asText()).isEqualTo("not-reachable");
    assertThat(spokes.get("reasons").toString())
        .contains("peering is not transitive")
        .contains("gateway transit does not carry traffic between two spokes of 'hub'");
    // One of the two connections has no BGP: transit between the sites depends on their static routes.
    JsonNode sites = rows.get("branch-bgp|branch-static");
    assertThat(sites.get("status").asText()).isEqualTo("unknown");
    assertThat(sites.get("reasons").toString()).contains("static routes");
  }

  @Test
  void expressRouteAndVpnDoNotTransitAndVnetToVnetWithoutBgpLinksOnlyTheTwoNetworks() throws Exception {
    Map<String, JsonNode> rows = rows("expressroute");

    assertThat(rows.get("hub|er-datacenter").get("status").asText()).isEqualTo("reachable");
    assertThat(rows.get("spoke|er-datacenter").get("via").asText())
        .isEqualTo("gateway transit via 'hub', then ExpressRoute connection 'cn-er-datacenter'");
    assertThat(rows.get("spoke|branch").get("status").asText()).isEqualTo("reachable");
    assertThat(rows.get("branch|er-datacenter").get("status").asText()).isEqualTo("not-reachable");
    assertThat(rows.get("branch|er-datacenter").get("reasons").toString())
        .contains("does not route between ExpressRoute and VPN");
    assertThat(rows.get("region2|er-datacenter").get("status").asText()).isEqualTo("not-reachable");
    assertThat(rows.get("hub|region2").get("status").asText()).isEqualTo("reachable");
    for (String beyond : new String[] {"region2|spoke", "region2|branch"}) {
      assertThat(rows.get(beyond).get("status").asText()).as(beyond).isEqualTo("not-reachable");
      assertThat(rows.get(beyond).get("reasons").toString()).as(beyond).contains("need BGP");
    }
  }

  @Test
  void gatewayTransitThatTheHubDoesNotAllowIsNotReachableAndNamesThePeering() throws Exception {
    Map<String, JsonNode> rows = rows(GraphGoldenTest.projectRoot(),
        GraphGoldenTest.projectRoot().resolve("examples/hub-spoke"));

    JsonNode row = rows.get("vnet-spoke-app|lgw-branch");
    assertThat(row.get("status").asText()).isEqualTo("not-reachable");
    assertThat(row.get("reasons").toString())
        .contains("peering 'peer-hub-to-vnet-spoke-app' does not allow gateway transit");
    assertThat(row.get("errorFindings").toString()).contains("VNL103");
    assertThat(rows.get("vnet-hub|lgw-branch").get("status").asText()).isEqualTo("reachable");
  }

  @Test
  void vnetToVnetNeedsConnectionsOnBothSides() throws Exception {
    Map<String, JsonNode> rows = rows(GraphGoldenTest.projectRoot(),
        GraphGoldenTest.projectRoot().resolve("examples/terraform-vnet2vnet"));

    JsonNode row = rows.get("vnet-east|vnet-west");
    assertThat(row.get("status").asText()).isEqualTo("reachable");
    assertThat(row.get("via").asText()).contains("cn-east-to-west").contains("cn-west-to-east");
    // The two connections use different shared keys (VNL203): declared, but it will not come up.
    assertThat(row.get("errorFindings").toString()).contains("VNL203");
  }

  @Test
  void unknownValuesStayUnknown() throws Exception {
    Path dir = Path.of("src/test/resources/graph/unknown").toAbsolutePath();
    JsonNode graph = json(dir, dir);
    Map<String, JsonNode> rows = rows(dir, dir);

    JsonNode row = rows.get("spoke|vnet-central-hub");
    assertThat(row.get("status").asText()).isEqualTo("unknown");
    assertThat(row.get("reasons").toString()).contains("not in the scan");
    Map<String, JsonNode> nodes = new HashMap<>();
    graph.get("nodes").forEach(n -> nodes.put(n.get("name").asText(), n));
    assertThat(nodes.get("spoke").get("details").toString()).contains("address space unknown");
    assertThat(nodes.get("vgw-edge").get("details").toString()).contains("SKU unknown");
    assertThat(nodes.get("branch").get("details").toString()).contains("address unknown", "prefixes unknown");
    assertThat(nodes.get("vnet-central-hub").get("kind").asText()).isEqualTo("external");
  }

  @Test
  void staticRoutesAPeeredNetworkThatDoesNotUseTheGatewayAndAConnectionOfAnUnknownGateway(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("main.tf"), """
        resource "azurerm_virtual_network" "hub" {
          name                = "hub"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = ["10.0.0.0/16"]
        }
        resource "azurerm_subnet" "gw" {
          name                 = "GatewaySubnet"
          resource_group_name  = "rg"
          virtual_network_name = azurerm_virtual_network.hub.name
          address_prefixes     = ["10.0.255.0/27"]
        }
        resource "azurerm_virtual_network_gateway" "hub" {
          name                = "vgw-hub"
          location            = "westeurope"
          resource_group_name = "rg"
          type                = "Vpn"
          sku                 = "VpnGw1"
          ip_configuration {
            subnet_id = azurerm_subnet.gw.id
          }
        }
        resource "azurerm_local_network_gateway" "site" {
          name                = "site"
          location            = "westeurope"
          resource_group_name = "rg"
          gateway_address     = "198.51.100.1"
          address_space       = ["192.168.0.0/24"]
        }
        resource "azurerm_virtual_network_gateway_connection" "site" {
          name                       = "cn-site"
          location                   = "westeurope"
          resource_group_name        = "rg"
          type                       = "IPsec"
          virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
          local_network_gateway_id   = azurerm_local_network_gateway.site.id
        }
        resource "azurerm_virtual_network" "spoke" {
          name                = "spoke"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = ["10.1.0.0/16"]
        }
        resource "azurerm_virtual_network_peering" "a" {
          name                      = "hub-to-spoke"
          resource_group_name       = "rg"
          virtual_network_name      = azurerm_virtual_network.hub.name
          remote_virtual_network_id = azurerm_virtual_network.spoke.id
          allow_gateway_transit     = true
        }
        resource "azurerm_virtual_network_peering" "b" {
          name                      = "spoke-to-hub"
          resource_group_name       = "rg"
          virtual_network_name      = azurerm_virtual_network.spoke.name
          remote_virtual_network_id = azurerm_virtual_network.hub.id
        }
        resource "azurerm_local_network_gateway" "empty" {
          name                = "empty-site"
          location            = "westeurope"
          resource_group_name = "rg"
          gateway_address     = "198.51.100.3"
          address_space       = []
        }
        resource "azurerm_virtual_network_gateway_connection" "empty" {
          name                       = "cn-empty"
          location                   = "westeurope"
          resource_group_name        = "rg"
          type                       = "IPsec"
          virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
          local_network_gateway_id   = azurerm_local_network_gateway.empty.id
        }
        data "azurerm_virtual_network_gateway" "elsewhere" {
          name                = "vgw-elsewhere"
          resource_group_name = "rg-other"
        }
        resource "azurerm_local_network_gateway" "other" {
          name                = "other-site"
          location            = "westeurope"
          resource_group_name = "rg"
          gateway_address     = "198.51.100.2"
          address_space       = ["192.168.1.0/24"]
        }
        resource "azurerm_virtual_network_gateway_connection" "other" {
          name                       = "cn-other"
          location                   = "westeurope"
          resource_group_name        = "rg"
          type                       = "IPsec"
          virtual_network_gateway_id = data.azurerm_virtual_network_gateway.elsewhere.id
          local_network_gateway_id   = azurerm_local_network_gateway.other.id
        }
        """);
    Map<String, JsonNode> rows = rows(tmp, tmp);

    assertThat(rows.get("hub|site").get("status").asText()).isEqualTo("reachable");
    JsonNode noRoute = rows.get("hub|empty-site");
    assertThat(noRoute.get("status").asText()).isEqualTo("not-reachable");
    assertThat(noRoute.get("reasons").toString()).contains("has no address prefixes").contains("no route");
    JsonNode spokeToSite = rows.get("spoke|site");
    assertThat(spokeToSite.get("status").asText()).isEqualTo("not-reachable");
    assertThat(spokeToSite.get("reasons").toString()).contains("'spoke' does not use the gateway of 'hub'");
    JsonNode dangling = rows.values().stream()
        .filter(r -> r.get("via").asText().equals("connection 'cn-other'")).findFirst().orElseThrow();
    assertThat(dangling.get("status").asText()).isEqualTo("unknown");
    assertThat(dangling.get("reasons").toString()).contains("cn-other");
  }

  private static Map<String, JsonNode> rows(String fixture) throws Exception {
    Path dir = Path.of("src/test/resources/graph").resolve(fixture).toAbsolutePath();
    return rows(dir, dir);
  }

  /** Reachability rows keyed "from-name|to-name". */
  private static Map<String, JsonNode> rows(Path root, Path scan) throws Exception {
    JsonNode graph = json(root, scan);
    Map<String, String> names = new HashMap<>();
    graph.get("nodes").forEach(n -> names.put(n.get("id").asText(), n.get("name").asText()));
    Map<String, JsonNode> rows = new HashMap<>();
    graph.get("reachability").forEach(r ->
        rows.put(names.get(r.get("from").asText()) + "|" + names.get(r.get("to").asText()), r));
    return rows;
  }

  private static JsonNode json(Path root, Path scan) throws Exception {
    return new ObjectMapper().readTree(GraphGoldenTest.graph(root, scan, "json"));
  }
}
