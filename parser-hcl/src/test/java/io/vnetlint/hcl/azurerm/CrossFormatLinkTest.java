package io.vnetlint.hcl.azurerm;

import static io.vnetlint.hcl.azurerm.TfBodies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.VirtualNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hub declared in an ARM template and a spoke declared in Terraform, peered by literal resource ids. */
class CrossFormatLinkTest {
  @TempDir
  Path root;

  @Test
  void terraformAndArmPeeringsLinkByLiteralId() throws Exception {
    Files.writeString(root.resolve("hub.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/virtualNetworks",
              "apiVersion": "2023-04-01",
              "name": "hub",
              "location": "westeurope",
              "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}
            },
            {
              "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
              "apiVersion": "2023-04-01",
              "name": "hub/hub-to-spoke",
              "dependsOn": ["[resourceId('Microsoft.Network/virtualNetworks', 'hub')]"],
              "properties": {
                "remoteVirtualNetwork": {"id": "/subscriptions/0000/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/spoke"},
                "allowGatewayTransit": true
              }
            }
          ]
        }
        """);
    FrontEnd.Result arm = new ArmFrontEnd().load(ScanInput.of(root, List.of(Path.of("hub.json"))));
    assertThat(arm.diagnostics()).isEmpty();

    Mapped terraform = Mapped.of(
        resource("azurerm_virtual_network.spoke", """
            {"name": "spoke", "resource_group_name": "rg-spoke", "address_space": ["10.1.0.0/16"]}"""),
        resource("azurerm_virtual_network_peering.spoke_to_hub", """
            {"name": "spoke-to-hub", "resource_group_name": "rg-spoke", "virtual_network_name": "spoke",
             "remote_virtual_network_id": "/subscriptions/0000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub",
             "use_remote_gateways": true}"""));

    List<AzureResource> all = new ArrayList<>(arm.resources());
    all.addAll(terraform.resources());
    ResourceGraph graph = ResourceGraph.of(all);

    VirtualNetwork hub = only(graph, "hub");
    VirtualNetwork spoke = only(graph, "spoke");
    Peering spokeToHub = terraform.only(Peering.class);
    Peering hubToSpoke = graph.peeringsOf(hub).get(0);

    assertThat(graph.localNetwork(spokeToHub).resource()).containsSame(spoke);
    assertThat(graph.remoteNetwork(spokeToHub).resource()).containsSame(hub);
    assertThat(graph.remoteNetwork(hubToSpoke).resource()).containsSame(spoke);
    assertThat(graph.reversePeering(spokeToHub)).containsSame(hubToSpoke);
    assertThat(graph.reversePeering(hubToSpoke)).containsSame(spokeToHub);
    assertThat(graph.diagnostics()).isEmpty();
  }

  private static VirtualNetwork only(ResourceGraph graph, String name) {
    List<VirtualNetwork> matches = graph.all(VirtualNetwork.class).stream()
        .filter(v -> v.header().displayName().equals(name)).toList();
    assertThat(matches).hasSize(1);
    return matches.get(0);
  }
}
