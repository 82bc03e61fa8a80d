package io.vnetlint.model.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.Origin;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceMatchingTest {
  private static final SourceRange AT = SourceRange.fileStart("main.tf");

  private static VirtualNetwork tf(String address, String unit) {
    return new VirtualNetwork(new ResourceHeader(ResourceId.of("Microsoft.Network/virtualNetworks", "hub"), address,
        "hub", AT, new Origin("main.tf", null, unit), Field.absent()), Field.<PrefixList>absent());
  }

  private static VirtualNetwork arm(String name, String variant) {
    return new VirtualNetwork(new ResourceHeader(ResourceId.of("Microsoft.Network/virtualNetworks", name),
        "Microsoft.Network/virtualNetworks/" + name, name, AT, new Origin("main.json", variant, "main.json"),
        Field.absent()), Field.<PrefixList>absent());
  }

  private static List<String> pairs(List<? extends AzureResource> base, List<? extends AzureResource> head,
      List<Move> moves) {
    return ResourceMatching.compare(ResourceGraph.of(base), ResourceGraph.of(head), moves, "HEAD~1").changes()
        .stream().map(c -> c.before().header().address() + " -> " + c.after().header().address()).toList();
  }

  @Test
  void terraformResourcesMatchByUnitAndAddress() {
    assertThat(pairs(List.of(tf("azurerm_virtual_network.hub", "terraform:hub")),
        List.of(tf("azurerm_virtual_network.hub", "terraform:hub")), List.of()))
        .containsExactly("azurerm_virtual_network.hub -> azurerm_virtual_network.hub");
    assertThat(pairs(List.of(tf("azurerm_virtual_network.hub", "terraform:hub")),
        List.of(tf("azurerm_virtual_network.hub", "terraform:spoke")), List.of())).isEmpty();
  }

  @Test
  void movedBlocksAreFollowedIncludingChainsInstancesAndModules() {
    Move rename = new Move("terraform:hub", "azurerm_virtual_network.old", "azurerm_virtual_network.mid", AT);
    Move again = new Move("terraform:hub", "azurerm_virtual_network.mid", "azurerm_virtual_network.hub", AT);
    assertThat(pairs(List.of(tf("azurerm_virtual_network.old", "terraform:hub")),
        List.of(tf("azurerm_virtual_network.hub", "terraform:hub")), List.of(rename, again)))
        .containsExactly("azurerm_virtual_network.old -> azurerm_virtual_network.hub");

    Move module = new Move("terraform:hub", "module.net", "module.network", AT);
    assertThat(module.apply("module.net.azurerm_virtual_network.this[\"a\"]"))
        .isEqualTo("module.network.azurerm_virtual_network.this[\"a\"]");
    assertThat(module.apply("module.network2.azurerm_virtual_network.this")).isEqualTo(
        "module.network2.azurerm_virtual_network.this");
    assertThat(rename.apply("azurerm_virtual_network.old[0]")).isEqualTo("azurerm_virtual_network.mid[0]");
    assertThat(rename.apply("azurerm_virtual_network.older")).isEqualTo("azurerm_virtual_network.older");
  }

  @Test
  void aMoveOfAnotherUnitDoesNotApply() {
    Move elsewhere = new Move("terraform:spoke", "azurerm_virtual_network.old", "azurerm_virtual_network.hub", AT);
    assertThat(pairs(List.of(tf("azurerm_virtual_network.old", "terraform:hub")),
        List.of(tf("azurerm_virtual_network.hub", "terraform:hub")), List.of(elsewhere))).isEmpty();
  }

  @Test
  void templateResourcesMatchByTypeNamesAndParameterFile() {
    assertThat(pairs(List.of(arm("HUB", null)), List.of(arm("hub", null)), List.of())).hasSize(1);
    assertThat(pairs(List.of(arm("hub", "prod.parameters.json")), List.of(arm("hub", "dev.parameters.json")),
        List.of())).isEmpty();
  }

  @Test
  void anIdentityThatIsNotUniquePairsNothing() {
    assertThat(pairs(List.of(arm("hub", null), arm("hub", null)), List.of(arm("hub", null)), List.of())).isEmpty();
  }
}
