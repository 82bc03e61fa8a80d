package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module deployed twice with the same arguments (the "init"/"idem" pattern of Azure Verified Modules' tests)
 * declares its resources twice; a problem in them is one finding, not two identical ones.
 */
class RepeatedDeploymentTest {
  private static final String SITE = """
      resource site 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
        name: 'onprem'
        location: 'westeurope'
        properties: {
          gatewayIpAddress: '203.0.113.10'
          localNetworkAddressSpace: {
            addressPrefixes: [
              '10.50.0.0/16'
            ]
          }
          bgpSettings: {
            asn: 65050
            bgpPeeringAddress: '10.50.0.1'
          }
        }
      }
      """;

  private static final String TWICE = """
      @batchSize(1)
      module site 'site.bicep' = [for iteration in ['init', 'idem']: {
        name: 'site-${iteration}'
      }]
      """;

  private static final String ONCE = """
      module site 'site.bicep' = {
        name: 'site'
      }
      """;

  @Test
  void theSameProblemDeployedTwiceIsOneFinding(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("site.bicep"), SITE);
    Files.writeString(dir.resolve("main.bicep"), TWICE);
    JsonNode twice = findings(dir);

    Files.writeString(dir.resolve("main.bicep"), ONCE);
    JsonNode once = findings(dir);

    assertThat(once).as("the module alone has the problem").isNotEmpty();
    assertThat(twice).isEqualTo(once);
  }

  private static JsonNode findings(Path dir) throws IOException {
    CliRun run = CliRun.of("scan", "--root", dir.toString(), dir.toString(), "--format", "json", "--no-config");
    assertThat(run.err()).doesNotContain("error:");
    return new ObjectMapper().readTree(run.out()).get("findings");
  }
}
