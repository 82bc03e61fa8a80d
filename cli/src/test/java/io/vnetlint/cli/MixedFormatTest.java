package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.bicep.BicepFrontEnd;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.cli.scan.Scanner;
import io.vnetlint.hcl.TerraformFrontEnd;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ScanInput;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scan over a Bicep hub and a Terraform spoke: the Terraform peering names the hub by its literal resource id,
 * and that id links it to the VNet the Bicep file declares (the Bicep file does not pin its subscription and
 * resource group, so the hub's id matches on type and name).
 */
class MixedFormatTest {
  private static final String HUB_ID =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/"
          + "Microsoft.Network/virtualNetworks/hub";

  private static final String HUB_BICEP = """
      resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
        name: 'hub'
        location: 'westeurope'
        properties: {
          addressSpace: {
            addressPrefixes: [
              '10.0.0.0/16'
            ]
          }
        }
      }
      """;

  private static String spokeTerraform(String spokePrefix, String remoteId) {
    return """
        resource "azurerm_virtual_network" "spoke" {
          name                = "spoke"
          location            = "westeurope"
          resource_group_name = "rg-spoke"
          address_space       = ["%s"]
        }

        resource "azurerm_virtual_network_peering" "spoke_to_hub" {
          name                      = "spoke-to-hub"
          resource_group_name       = "rg-spoke"
          virtual_network_name      = azurerm_virtual_network.spoke.name
          remote_virtual_network_id = "%s"
        }
        """.formatted(spokePrefix, remoteId);
  }

  private static ScanResult scan(Path root) throws IOException {
    Files.writeString(root.resolve("hub.bicep"), HUB_BICEP);
    Scanner scanner = new Scanner(
        List.of(new ArmFrontEnd(), new TerraformFrontEnd(), new BicepFrontEnd()), RuleCatalog.all());
    return scanner.scan(ScanInput.of(root, List.of(Path.of("hub.bicep"), Path.of("spoke.tf"))));
  }

  private static List<Finding> findings(ScanResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.rule().id().equals(ruleId)).toList();
  }

  @Test
  void terraformPeeringLinksToTheBicepHubByLiteralId(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("spoke.tf"), spokeTerraform("10.0.128.0/17", HUB_ID));

    ScanResult result = scan(root);

    assertThat(result.diagnostics()).noneMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
    assertThat(result.filesScanned()).contains("hub.bicep", "spoke.tf");
    // the overlap is only visible once the peering's remote end is the Bicep VNet
    List<Finding> overlaps = findings(result, "VNL101");
    assertThat(overlaps).isNotEmpty();
    assertThat(overlaps).anySatisfy(f -> assertThat(
        f.related().stream().map(l -> l.range().file()).toList()).as("related files").isNotEmpty());
    // the hub (Bicep) never peers back: VNL102 on the Terraform peering
    assertThat(findings(result, "VNL102"))
        .anySatisfy(f -> assertThat(f.primary().range().file()).isEqualTo("spoke.tf"));
  }

  @Test
  void aPeeringToAnotherIdDoesNotLinkToTheHub(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("spoke.tf"), spokeTerraform("10.0.128.0/17", HUB_ID.replace("/hub", "/other")));

    ScanResult result = scan(root);

    assertThat(findings(result, "VNL101")).isEmpty();
  }
}
