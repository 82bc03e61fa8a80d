package io.vnetlint.hcl.plan;

import static io.vnetlint.hcl.plan.PlanReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.azurerm.AzurermMapper;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan that creates a whole VPN: ids of resources it creates are unknown, but its configuration names them. */
class ConfigurationReferencesTest {

  private static <T extends AzureResource> List<T> all(List<AzureResource> resources, Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void unknownIdsOfResourcesInThePlanBecomeReferences() {
    PlanResult plan = PlanReader.read(fixture("new-vpn.plan.json")).orElseThrow();
    assertThat(plan.diagnostics()).isEmpty();
    TerraformResource gateway = plan.resources().stream()
        .filter(r -> r.address().equals("azurerm_virtual_network_gateway.hub")).findFirst().orElseThrow();
    Value.Obj secondary = (Value.Obj) ((Value.Arr) gateway.body().get("ip_configuration")).items().get(1);
    assertThat(secondary.get("public_ip_address_id")).isInstanceOf(Value.Ref.class);
    assertThat(((Value.Ref) secondary.get("public_ip_address_id")).ref())
        .isEqualTo(new ResourceRef.ByAddress("azurerm_public_ip.gw[1]", "azurerm_public_ip"));

    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AzureResource> resources = AzurermMapper.map(plan.resources(), diagnostics);
    assertThat(diagnostics).isEmpty();
    ResourceGraph graph = ResourceGraph.of(resources);

    VirtualNetworkGateway g = all(resources, VirtualNetworkGateway.class).get(0);
    assertThat(graph.virtualNetworkOf(g)).containsSame(all(resources, VirtualNetwork.class).get(0));
    assertThat(graph.publicIpsOf(g)).extracting(p -> p.header().displayName()).containsExactly("gw-pip-0", "gw-pip-1");
    assertThat(g.enableBgp().known()).contains(true);
    assertThat(g.bgpSettings().known().orElseThrow().customApipaAddresses())
        .extracting(f -> f.known().orElseThrow()).containsExactly("169.254.21.1", "169.254.22.1");
    assertThat(g.bgpSettings().known().orElseThrow().peerWeight().unknownReason()).contains("known after apply");

    // azurerm_public_ip.peer.ip_address: the public IP, as the evaluator's convention has it
    LocalNetworkGateway lng = all(resources, LocalNetworkGateway.class).get(0);
    PublicIp peerIp = all(resources, PublicIp.class).stream()
        .filter(p -> p.header().displayName().equals("peer-pip")).findFirst().orElseThrow();
    assertThat(graph.resolve(lng.gatewayPublicIp(), lng).resource()).containsSame(peerIp);
    assertThat(lng.gatewayIpAddress().unknownReason().orElseThrow()).contains("azurerm_public_ip.peer");

    Connection c = all(resources, Connection.class).get(0);
    assertThat(graph.localNetworkGateway(c).resource()).containsSame(lng);
    // "var.active ? azurerm_virtual_network_gateway.hub.id : ...": not one resource, stays unknown
    assertThat(graph.gateway1(c).explain()).isEqualTo("known after apply");
    assertThat(c.sharedKey().isKnown()).isTrue();

    // a module input variable stays unknown
    Peering peering = all(resources, Peering.class).get(0);
    assertThat(peering.remoteVirtualNetwork().unknownReason()).contains("known after apply");
  }

  @Test
  void callNamesOfModulePaths() {
    assertThat(ConfigurationReferences.callNames("")).isEmpty();
    assertThat(ConfigurationReferences.callNames("module.hub")).containsExactly("hub");
    assertThat(ConfigurationReferences.callNames("module.spoke[\"a.b]\"].module.routes[0]"))
        .containsExactly("spoke", "routes");
  }
}
