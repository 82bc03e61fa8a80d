package io.vnetlint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.Move;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Terraform front end gives change detection: moved blocks and the plan's own before/after pairs. */
class ChangeInputsTest {
  @TempDir
  Path dir;

  private FrontEnd.Result load(List<Path> files) {
    return new TerraformFrontEnd().load(ScanInput.of(dir, files));
  }

  @Test
  void movedBlocksOfRootModulesAreExposedWithTheirUnit() throws IOException {
    Files.createDirectories(dir.resolve("hub"));
    Files.writeString(dir.resolve("hub/main.tf"), """
        moved {
          from = azurerm_virtual_network_gateway.hub
          to   = azurerm_virtual_network_gateway.hub_vpn
        }

        moved {
          from = module.net["a"]
          to   = module.network["a"]
        }

        moved {
          from = "not an address"
          to   = azurerm_virtual_network_gateway.x
        }
        """);
    FrontEnd.Result result = load(List.of(Path.of("hub/main.tf")));
    assertThat(result.moves()).extracting(Move::unit, Move::from, Move::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple("terraform:hub", "azurerm_virtual_network_gateway.hub",
            "azurerm_virtual_network_gateway.hub_vpn"),
        org.assertj.core.groups.Tuple.tuple("terraform:hub", "module.net[\"a\"]", "module.network[\"a\"]"));
    assertThat(result.diagnostics()).anyMatch(d -> d.code().equals("moved-block"));
  }

  @Test
  void planReplaceBecomesAChangeWhoseAfterIsTheScannedResource() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/plans/gateway-replace.plan.json")) {
      Files.write(dir.resolve("plan.json"), in.readAllBytes());
    }
    FrontEnd.Result result = load(List.of(Path.of("plan.json")));

    Change gateway = result.plannedChanges().stream()
        .filter(c -> c.after() instanceof VirtualNetworkGateway).findFirst().orElseThrow();
    VirtualNetworkGateway before = (VirtualNetworkGateway) gateway.before();
    VirtualNetworkGateway after = (VirtualNetworkGateway) gateway.after();
    assertThat(before.vpnType().known()).contains("PolicyBased");
    assertThat(before.sku().known()).contains("Basic");
    assertThat(after.vpnType().known()).contains("RouteBased");
    assertThat(result.resources()).anyMatch(r -> r == after);
    assertThat(gateway.plannedReplace()).isTrue();
    assertThat(((Change.Planned) gateway.source()).replacePaths()).containsExactly("vpn_type");

    // the connection is replaced too; a no-op or a delete is not a change of a kept resource
    assertThat(result.plannedChanges()).filteredOn(c -> c.after() instanceof Connection).hasSize(1);
    assertThat(result.plannedChanges()).allMatch(c -> c.before().getClass() == c.after().getClass());
  }
}
