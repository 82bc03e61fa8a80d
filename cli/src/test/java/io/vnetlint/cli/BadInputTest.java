package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed input gets one positioned line on stderr and exit code 2, never a stack trace, and the other files of
 * the scan are still analyzed.
 */
class BadInputTest {
  private static final String SCHEMA =
      "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\"";

  @TempDir Path dir;

  @BeforeEach
  void goodTemplateWithAFinding() throws IOException {
    // A Basic gateway with BGP: VNL601 must still be reported whatever else is broken.
    Files.writeString(dir.resolve("good.json"), """
        {
          %s,
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/virtualNetworkGateways",
              "apiVersion": "2024-05-01",
              "name": "vgw",
              "location": "westeurope",
              "properties": {
                "gatewayType": "Vpn",
                "vpnType": "RouteBased",
                "sku": { "name": "Basic", "tier": "Basic" },
                "enableBgp": true,
                "ipConfigurations": []
              }
            }
          ]
        }
        """.formatted(SCHEMA));
  }

  private CliRun scan(String... extra) {
    String[] args = new String[] {"scan", "--root", dir.toString(), "--color", "never", dir.toString()};
    String[] all = Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return CliRun.of(all);
  }

  private static void assertOnePositionedError(CliRun run, String file) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    List<String> lines = run.err().lines().filter(l -> l.startsWith(file + ":")).toList();
    assertThat(lines).as(run.err()).hasSize(1);
    assertThat(lines.get(0)).matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: error: .+");
    assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).contains("VNL601");
  }

  @Test
  void emptyFileNamedExplicitly() throws IOException {
    Files.writeString(dir.resolve("empty.json"), "");
    CliRun run = CliRun.of("scan", "--root", dir.toString(), dir.resolve("empty.json").toString(),
        dir.resolve("good.json").toString());
    assertOnePositionedError(run, "empty.json");
  }

  @Test
  void truncatedTemplate() throws IOException {
    Files.writeString(dir.resolve("truncated.json"), "{\n  " + SCHEMA + ",\n  \"resources\": [\n    {\"type\": ");
    assertOnePositionedError(scan(), "truncated.json");
  }

  @Test
  void expressionWithUnbalancedBrackets() throws IOException {
    Files.writeString(dir.resolve("expr.json"), """
        {
          %s,
          "resources": [
            { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
              "name": "[concat('vnet', parameters('x')]", "properties": {} }
          ]
        }
        """.formatted(SCHEMA));
    assertOnePositionedError(scan(), "expr.json");
  }

  @Test
  void fiftyMegabyteFile() throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.json"))) {
      out.write(("{" + SCHEMA + ", \"x\": \"").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}".getBytes(StandardCharsets.UTF_8));
    }
    assertOnePositionedError(scan(), "huge.json");
  }

  @Test
  void tenThousandLevelsOfNesting() throws IOException {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Files.writeString(dir.resolve("deep.json"), "{" + SCHEMA + ", \"variables\": {\"v\": " + deep + "}}");
    assertOnePositionedError(scan(), "deep.json");
  }

  @Test
  void pathThatDoesNotExistIsAUsageError() {
    CliRun run = CliRun.of("scan", "--root", dir.toString(), dir.resolve("missing").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or directory");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("scan", "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
