package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking across deployment units: Terraform addresses stay inside their root module; names prefer it. */
class ResourceGraphUnitTest {
  private static final SourceRange AT = SourceRange.fileStart("x");

  private static VirtualNetwork vnet(String address, String name, Origin origin) {
    return new VirtualNetwork(header(ResourceId.of("Microsoft.Network/virtualNetworks", name), address, origin),
        Field.absent());
  }

  private static ResourceHeader header(ResourceId id, String address, Origin origin) {
    return new ResourceHeader(id, address, id.name(), AT, origin, Field.absent());
  }

  private static Peering peering(Origin origin, ResourceRef local, ResourceRef remote) {
    return new Peering(
        header(ResourceId.of("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "a", "p"), "p", origin),
        Field.of(local, AT), Field.of(remote, AT), Field.absent(), Field.absent(), Field.absent(), Field.absent(),
        false);
  }

  @Test
  void addressesResolveOnlyInsideTheirUnit() {
    Origin rootA = new Origin("a/main.tf", null, "terraform:a");
    Origin rootB = new Origin("b/main.tf", null, "terraform:b");
    VirtualNetwork inA = vnet("azurerm_virtual_network.example", "example", rootA);
    VirtualNetwork inB = vnet("azurerm_virtual_network.example", "example", rootB);
    Peering p = peering(rootB,
        new ResourceRef.ByAddress("azurerm_virtual_network.example", "azurerm_virtual_network"),
        new ResourceRef.ById(ResourceId.of("Microsoft.Network/virtualNetworks", "example")));

    ResourceGraph graph = ResourceGraph.of(List.<AzureResource>of(inA, inB, p));

    assertThat(graph.localNetwork(p).resource()).containsSame(inB);
    // By id, both match; the one in the peering's own unit wins.
    assertThat(graph.remoteNetwork(p).resource()).containsSame(inB);
    assertThat(graph.diagnostics()).isEmpty();
  }

  @Test
  void idsStillLinkAcrossUnitsAndFormats() {
    Origin terraform = new Origin("spoke/main.tf", null, "terraform:spoke");
    Origin arm = Origin.of("hub/azuredeploy.json");
    VirtualNetwork hub = vnet("Microsoft.Network/virtualNetworks/hub", "hub", arm);
    Peering p = peering(terraform,
        new ResourceRef.ByAddress("azurerm_virtual_network.spoke", "azurerm_virtual_network"),
        new ResourceRef.ById(ResourceId.parse(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub").orElseThrow()));

    ResourceGraph graph = ResourceGraph.of(List.<AzureResource>of(hub, p));

    assertThat(graph.remoteNetwork(p).resource()).containsSame(hub);
  }

  @Test
  void twoCandidatesOutsideTheUnitStayAmbiguous() {
    Origin t = new Origin("c/main.tf", null, "terraform:c");
    VirtualNetwork one = vnet("x", "hub", Origin.of("one.json"));
    VirtualNetwork two = vnet("y", "hub", Origin.of("two.json"));
    Peering p = peering(t, new ResourceRef.ByAddress("none", "azurerm_virtual_network"),
        new ResourceRef.ById(ResourceId.of("Microsoft.Network/virtualNetworks", "hub")));

    ResourceGraph graph = ResourceGraph.of(List.<AzureResource>of(one, two, p));

    assertThat(graph.remoteNetwork(p)).isInstanceOf(Resolution.Ambiguous.class);
    assertThat(graph.diagnostics()).hasSize(1);
  }
}
