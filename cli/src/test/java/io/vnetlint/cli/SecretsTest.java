package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shared keys are compared, never printed: not in text, JSON or SARIF output, not in code frames. */
class SecretsTest {
  private static final String KEY_A = "Sentinel-Key-4f1c9e";
  private static final String KEY_B = "Sentinel-Key-7d2a0b";

  @Test
  void mismatchedSharedKeysAreReportedWithoutTheKeys(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("v2v.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            { "type": "Microsoft.Network/connections", "apiVersion": "2024-05-01", "name": "a-to-b",
              "location": "westeurope",
              "properties": {
                "connectionType": "Vnet2Vnet",
                "virtualNetworkGateway1": { "id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-a')]" },
                "virtualNetworkGateway2": { "id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-b')]" },
                "sharedKey": "%s"
              } },
            { "type": "Microsoft.Network/connections", "apiVersion": "2024-05-01", "name": "b-to-a",
              "location": "westeurope",
              "properties": {
                "connectionType": "Vnet2Vnet",
                "virtualNetworkGateway1": { "id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-b')]" },
                "virtualNetworkGateway2": { "id": "[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-a')]" },
                "sharedKey": "%s"
              } },
            %s,
            %s
          ]
        }
        """.formatted(KEY_A, KEY_B, gateway("vgw-a"), gateway("vgw-b")));
    for (String format : new String[] {"text", "json", "sarif"}) {
      CliRun run = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "-f", format, "-v", "--color", "never");
      assertThat(run.out()).as(format).contains("VNL203");
      assertThat(run.out() + run.err()).as(format).doesNotContain(KEY_A).doesNotContain(KEY_B);
    }
  }

  private static String gateway(String name) {
    return """
        { "type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": "2024-05-01", "name": "%s",
          "location": "westeurope",
          "properties": { "gatewayType": "Vpn", "vpnType": "RouteBased", "sku": { "name": "VpnGw1AZ" },
            "ipConfigurations": [] } }""".formatted(name);
  }
}
