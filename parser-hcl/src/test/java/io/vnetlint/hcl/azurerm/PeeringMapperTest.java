package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.Mapped.assertRange;
import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeeringMapperTest {

  private static Mapped hubAndSpoke(String hubToSpoke, String spokeToHub) {
    return Mapped.of(
        resource("azurerm_virtual_network.hub", """
            {"name": "hub", "resource_group_name": "rg-net", "address_space": ["10.0.0.0/16"]}"""),
        resource("azurerm_virtual_network.spoke", """
            {"name": "spoke", "resource_group_name": "rg-net", "address_space": ["10.1.0.0/16"]}"""),
        resource("azurerm_virtual_network_peering.hub_to_spoke", hubToSpoke),
        resource("azurerm_virtual_network_peering.spoke_to_hub", spokeToHub));
  }

  @Test
  void peeringsLinkBothWaysByNameAndReference() {
    Mapped m = hubAndSpoke("""
        {
          "name": "hub-to-spoke",
          "resource_group_name": "rg-net",
          "virtual_network_name": "hub",
          "remote_virtual_network_id": "${ref:azurerm_virtual_network.spoke}",
          "allow_virtual_network_access": true,
          "allow_forwarded_traffic": true,
          "allow_gateway_transit": true
        }""", """
        {
          "name": "spoke-to-hub",
          "resource_group_name": "rg-net",
          "virtual_network_name": "spoke",
          "remote_virtual_network_id": "${ref:azurerm_virtual_network.hub}",
          "use_remote_gateways": "true"
        }""");
    List<Peering> peerings = m.all(Peering.class);
    Peering hubToSpoke = peerings.get(0);
    Peering spokeToHub = peerings.get(1);
    assertThat(hubToSpoke.header().id()).isEqualTo(new ResourceId(null, "rg-net",
        "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", List.of("hub", "hub-to-spoke")));
    assertThat(hubToSpoke.header().displayName()).isEqualTo("hub-to-spoke");
    assertThat(hubToSpoke.inline()).isFalse();
    assertThat(hubToSpoke.allowGatewayTransit().known()).contains(true);
    assertThat(hubToSpoke.useRemoteGateways().isAbsent()).isTrue();
    assertThat(hubToSpoke.allowForwardedTraffic().known()).contains(true);
    assertRange(hubToSpoke.remoteVirtualNetwork(), 5, 3, 5, 70);
    // Terraform converts "true" to a boolean
    assertThat(spokeToHub.useRemoteGateways().known()).contains(true);
    assertThat(spokeToHub.allowGatewayTransit().valueOr(false)).contains(false);
    assertThat(spokeToHub.allowVirtualNetworkAccess().isAbsent()).isTrue();

    ResourceGraph graph = m.graph();
    List<VirtualNetwork> vnets = m.all(VirtualNetwork.class);
    assertThat(graph.localNetwork(hubToSpoke).resource()).containsSame(vnets.get(0));
    assertThat(graph.remoteNetwork(hubToSpoke).resource()).containsSame(vnets.get(1));
    assertThat(graph.peeringsOf(vnets.get(1))).containsExactly(spokeToHub);
    assertThat(graph.reversePeering(hubToSpoke)).containsSame(spokeToHub);
  }

  @Test
  void literalRemoteIdLinksByIdAndUnknownsStayUnknown() {
    Mapped m = hubAndSpoke("""
        {"name": "hub-to-spoke", "resource_group_name": "rg-net", "virtual_network_name": "hub",
         "remote_virtual_network_id": "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/spoke",
         "allow_gateway_transit": "${unknown:var.transit has no value}"}""", """
        {"name": "spoke-to-hub", "resource_group_name": "rg-net", "virtual_network_name": "spoke",
         "remote_virtual_network_id": "${unknown:data.azurerm_virtual_network.hub.id is read at apply time}"}""");
    List<Peering> peerings = m.all(Peering.class);
    assertThat(peerings.get(0).remoteVirtualNetwork().known().orElseThrow()).isEqualTo(new ResourceRef.ById(
        new ResourceId("0000", "rg-net", "Microsoft.Network/virtualNetworks", List.of("spoke"))));
    assertThat(peerings.get(0).allowGatewayTransit().unknownReason()).contains("var.transit has no value");
    assertThat(m.graph().remoteNetwork(peerings.get(0)).resource()).containsSame(m.all(VirtualNetwork.class).get(1));
    assertThat(peerings.get(1).remoteVirtualNetwork().unknownReason())
        .contains("data.azurerm_virtual_network.hub.id is read at apply time");
    assertThat(m.graph().remoteNetwork(peerings.get(1)).isUncertain()).isTrue();
  }

  @Test
  void aStringThatIsNotAnIdIsUnknownAndAWrongTypeSaysSo() {
    Mapped m = hubAndSpoke("""
        {"name": "a", "virtual_network_name": "hub", "remote_virtual_network_id": "spoke",
         "allow_forwarded_traffic": "yes"}""", """
        {"name": "b", "virtual_network_name": "spoke", "remote_virtual_network_id": ["x"]}""");
    List<Peering> peerings = m.all(Peering.class);
    assertThat(peerings.get(0).remoteVirtualNetwork().unknownReason()).contains("'spoke' is not a resource id");
    assertThat(peerings.get(0).allowForwardedTraffic().unknownReason()).contains("expected a boolean, found a string");
    assertThat(peerings.get(1).remoteVirtualNetwork().unknownReason())
        .contains("expected a resource id, found an array");
  }
}
