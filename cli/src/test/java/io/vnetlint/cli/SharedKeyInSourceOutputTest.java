package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VNL208 points at the literal itself, which may be in another file than the connection (variables.tf, an ARM
 * parameter file, a .bicepparam file). The code frame around it must mask the key: a canary key appears in no output
 * format, while the finding names the file and line where it is written.
 */
class SharedKeyInSourceOutputTest {
  private static final String CANARY = "Canary-Psk-9c3e71b2";

  private static final String TF_CONNECTION = """
      resource "azurerm_virtual_network_gateway_connection" "onprem" {
        name                       = "onprem"
        location                   = "westeurope"
        resource_group_name        = "rg"
        type                       = "IPsec"
        virtual_network_gateway_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw"
        local_network_gateway_id   = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/lng"
        shared_key                 = var.shared_key
      }
      """;

  private static void assertNoCanary(Path dir, String expectedPlace) {
    for (String format : new String[] {"text", "json", "sarif"}) {
      CliRun run = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "-f", format, "-v", "--color", "never");
      assertThat(run.out()).as(format).contains("VNL208").contains(expectedPlace);
      assertThat(run.out() + run.err()).as(format).doesNotContain(CANARY);
    }
  }

  @Test
  void terraformVariableDefaultInAnotherFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.tf"), TF_CONNECTION);
    Files.writeString(dir.resolve("variables.tf"), """
        variable "shared_key" {
          type    = string
          default = "%s"
        }
        """.formatted(CANARY));
    assertNoCanary(dir, "variables.tf");
  }

  @Test
  void terraformTfvarsValue(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.tf"), """
        variable "shared_key" {
          type      = string
          sensitive = true
        }
        """ + TF_CONNECTION);
    Files.writeString(dir.resolve("terraform.tfvars"), "shared_key = \"%s\"\n".formatted(CANARY));
    assertNoCanary(dir, "terraform.tfvars");
  }

  @Test
  void armParameterFileValue(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "sharedKey": { "type": "securestring" } },
          "resources": [
            { "type": "Microsoft.Network/connections", "apiVersion": "2024-05-01", "name": "onprem",
              "location": "westeurope",
              "properties": { "connectionType": "IPsec", "sharedKey": "[parameters('sharedKey')]" } }
          ]
        }
        """);
    Files.writeString(dir.resolve("main.parameters.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {
            "sharedKey": { "value": "%s" }
          }
        }
        """.formatted(CANARY));
    assertNoCanary(dir, "main.parameters.json");
  }

  @Test
  void armParameterDefaultThatIsNotSecure(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "sharedKey": { "type": "string", "defaultValue": "%s" } },
          "resources": [
            { "type": "Microsoft.Network/connections", "apiVersion": "2024-05-01", "name": "onprem",
              "location": "westeurope",
              "properties": { "connectionType": "IPsec", "sharedKey": "[parameters('sharedKey')]" } }
          ]
        }
        """.formatted(CANARY));
    assertNoCanary(dir, "literal default of parameter 'sharedKey' in main.json");
  }

  @Test
  void bicepParameterDefaultAndBicepparamValue(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("main.bicep"), """
        param sharedKey string = '%s'
        resource c 'Microsoft.Network/connections@2023-11-01' = {
          name: 'onprem'
          location: 'westeurope'
          properties: {
            connectionType: 'IPsec'
            sharedKey: sharedKey
          }
        }
        """.formatted(CANARY));
    assertNoCanary(dir, "main.bicep");
    Files.writeString(dir.resolve("main.bicepparam"), "using './main.bicep'\nparam sharedKey = '%s'\n"
        .formatted(CANARY));
    assertNoCanary(dir, "main.bicepparam");
  }
}
