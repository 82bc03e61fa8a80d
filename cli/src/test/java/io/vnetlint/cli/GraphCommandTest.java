package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vnetlint graph} as users run it: formats, output file, exit codes, and no secret in any output. */
class GraphCommandTest {
  private final Path root = CliRun.projectRoot();

  @Test
  void mermaidIsMarkdownWithTheDiagramAndTheReachabilityTable() {
    CliRun run = CliRun.of("graph", "--root", root.toString(), root.resolve("examples").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!--").contains("```mermaid\nflowchart LR\n").contains("### Reachability")
        .contains("| vnet-spoke-app | vnet-spoke-data | not reachable |");
  }

  @Test
  void writesTheOutputFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("out/topology.dot");
    CliRun run = CliRun.of("graph", "--root", root.toString(), root.resolve("examples").toString(),
        "--format", "dot", "--output", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("// vnetlint graph").contains("digraph vnetlint {");
  }

  @Test
  void noSecretInAnyFormat() {
    Path transit = root.resolve("cli/src/test/resources/graph/transit");
    Path sensitive = root.resolve("cli/src/test/resources/graph/sensitive");
    for (String format : new String[] {"mermaid", "dot", "json"}) {
      CliRun examples = CliRun.of("graph", "--root", root.toString(), root.resolve("examples").toString(),
          "--format", format);
      CliRun keys = CliRun.of("graph", "--root", transit.toString(), transit.toString(), "--format", format);
      CliRun secure = CliRun.of("graph", "--root", sensitive.toString(), sensitive.toString(), "--format", format);

      assertThat(examples.out()).contains("lgw-branch").doesNotContain("example-key").doesNotContain("branch-vpn-psk");
      assertThat(keys.out()).contains("cn-bgp").doesNotContain("transit-fixture-key");
      // A securestring parameter used as an address is shown as sensitive, not printed.
      assertThat(secure.out()).contains("(sensitive)").doesNotContain("203.0.113.77");
    }
  }

  @Test
  void warnsWhenTheMermaidDiagramIsTooLargeToRender(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("main.tf"), """
        resource "azurerm_virtual_network" "many" {
          count               = 600
          name                = "vnet-${count.index}"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = ["10.${floor(count.index / 256)}.${count.index % 256}.0/24"]
        }
        """);
    CliRun big = CliRun.of("graph", "--root", tmp.toString(), tmp.toString());
    CliRun small = CliRun.of("graph", "--root", root.toString(), root.resolve("examples").toString());

    assertThat(big.exitCode()).as(big.err()).isZero();
    assertThat(big.out()).contains("vnet-599");
    assertThat(big.err()).contains("Mermaid and GitHub render at most 50000").contains("--format dot");
    assertThat(small.err()).isEmpty();
  }

  private static final String ONE_SIDED_PEERING = """
      resource "azurerm_virtual_network" "a" {
        name                = "vnet-a"
        location            = "westeurope"
        resource_group_name = "rg"
        address_space       = ["10.0.0.0/16"]
      }
      resource "azurerm_virtual_network" "b" {
        name                = "vnet-b"
        location            = "westeurope"
        resource_group_name = "rg"
        address_space       = ["10.1.0.0/16"]
      }
      %s
      resource "azurerm_virtual_network_peering" "ab" {
        name                      = "peer-a-to-b"
        resource_group_name       = "rg"
        virtual_network_name      = azurerm_virtual_network.a.name
        remote_virtual_network_id = azurerm_virtual_network.b.id
      }
      """;

  @Test
  void coloursByTheFindingsScanReports(@TempDir Path tmp) throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Files.writeString(plain.resolve("main.tf"), ONE_SIDED_PEERING.formatted(""));
    Path suppressed = Files.createDirectories(tmp.resolve("suppressed"));
    Files.writeString(suppressed.resolve("main.tf"), ONE_SIDED_PEERING.formatted(
        "# vnetlint:ignore VNL102 -- the reverse peering is deployed from the hub repository"));
    Path configured = Files.createDirectories(tmp.resolve("configured"));
    Files.writeString(configured.resolve("main.tf"), ONE_SIDED_PEERING.formatted(""));
    Files.writeString(configured.resolve(".vnetlint.yaml"), """
        rules:
          disable: [VNL102]
        exclude:
          - "legacy/**"
        """);
    Path legacy = Files.createDirectories(configured.resolve("legacy"));
    Files.writeString(legacy.resolve("old.tf"), """
        resource "azurerm_virtual_network" "old" {
          name                = "vnet-legacy"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = ["10.9.0.0/16"]
        }
        """);

    CliRun coloured = CliRun.of("graph", "--root", plain.toString(), plain.toString(), "--format", "json");
    CliRun quiet = CliRun.of("graph", "--root", suppressed.toString(), suppressed.toString(), "--format", "json");
    CliRun config = CliRun.of("graph", "--root", configured.toString(), configured.toString(), "--format", "json");
    CliRun noConfig = CliRun.of("graph", "--root", configured.toString(), configured.toString(), "--format", "json",
        "--no-config");

    assertThat(coloured.out()).contains("\"severity\" : \"warning\"").contains("VNL102");
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.out()).contains("peer-a-to-b").doesNotContain("VNL102").doesNotContain("\"warning\"");
    assertThat(config.exitCode()).as(config.err()).isZero();
    assertThat(config.out()).contains("peer-a-to-b").doesNotContain("VNL102").doesNotContain("vnet-legacy");
    assertThat(noConfig.out()).contains("VNL102").contains("vnet-legacy");
  }

  @Test
  void aBadConfigurationFileIsAPositionedError(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("main.tf"), ONE_SIDED_PEERING.formatted(""));
    Files.writeString(tmp.resolve(".vnetlint.yaml"), "rules:\n  disabel: [VNL102]\n");

    CliRun run = CliRun.of("graph", "--root", tmp.toString(), tmp.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains(".vnetlint.yaml:2:").contains("disabel");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("graph", "--format", "png");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("--format").contains("mermaid");
  }

  @Test
  void unreadableInputStillDrawsTheRestAndExitsTwo(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("broken.tf"), "resource \"azurerm_virtual_network\" \"x\" {\n");
    Files.writeString(tmp.resolve("ok.tf"), """
        resource "azurerm_virtual_network" "ok" {
          name                = "vnet-ok"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = ["10.0.0.0/16"]
        }
        """);
    CliRun run = CliRun.of("graph", "--root", tmp.toString(), tmp.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("broken.tf:");
    assertThat(run.out()).contains("vnet-ok");
  }
}
