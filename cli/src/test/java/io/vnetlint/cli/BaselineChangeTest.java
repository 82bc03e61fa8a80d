package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of change detection: a git repository with two commits, the second of which changes the
 * gateway's vpn_type. {@code --base HEAD~1} and {@code --base <a copy of the first commit>} must both report VNL801
 * on the vpn_type, with the gateway's connections, the local network gateway that points at its public IP and the
 * transit peering as related locations; and the two ways must give the same findings. A rename through a moved
 * block with nothing else changed, or no relevant change at all, reports nothing.
 */
class BaselineChangeTest {
  @TempDir
  Path temp;

  Path repo;

  @BeforeEach
  void gitIsThere() throws Exception {
    Assumptions.assumeTrue(run(temp, "git", "--version") == 0, "git is not installed");
    repo = Files.createDirectories(temp.resolve("repo"));
    git("init", "-q");
    git("config", "user.email", "test@example.com");
    git("config", "user.name", "vnetlint test");
    git("config", "commit.gpgsign", "false");
  }

  static String network(String vpnType, String gatewayLabel, boolean moved) {
    String config = """
        variable "shared_key" {
          type      = string
          sensitive = true
          default   = "HubSitesKey7fQ2zR"
        }

        resource "azurerm_virtual_network" "hub" {
          name                = "hub"
          location            = "westeurope"
          resource_group_name = "rg-network"
          address_space       = ["10.1.0.0/16"]
        }

        resource "azurerm_virtual_network" "spoke" {
          name                = "spoke"
          location            = "westeurope"
          resource_group_name = "rg-network"
          address_space       = ["10.2.0.0/16"]
        }

        resource "azurerm_virtual_network_peering" "hub_to_spoke" {
          name                      = "hub-to-spoke"
          resource_group_name       = "rg-network"
          virtual_network_name      = azurerm_virtual_network.hub.name
          remote_virtual_network_id = azurerm_virtual_network.spoke.id
          allow_forwarded_traffic   = true
          allow_gateway_transit     = true
        }

        resource "azurerm_subnet" "hub_gateway" {
          name                 = "GatewaySubnet"
          resource_group_name  = "rg-network"
          virtual_network_name = azurerm_virtual_network.hub.name
          address_prefixes     = ["10.1.255.0/27"]
        }

        resource "azurerm_public_ip" "hub_gw" {
          name                = "hub-gw-pip"
          location            = "westeurope"
          resource_group_name = "rg-network"
          allocation_method   = "Static"
          sku                 = "Standard"
          zones               = ["1", "2", "3"]
        }

        resource "azurerm_virtual_network_gateway" "%2$s" {
          name                = "hub-gw"
          location            = "westeurope"
          resource_group_name = "rg-network"
          type                = "Vpn"
          vpn_type            = "%1$s"
          sku                 = "Basic"
          generation          = "Generation1"

          ip_configuration {
            name                          = "vnetGatewayConfig"
            public_ip_address_id          = azurerm_public_ip.hub_gw.id
            private_ip_address_allocation = "Dynamic"
            subnet_id                     = azurerm_subnet.hub_gateway.id
          }
        }

        resource "azurerm_local_network_gateway" "site_a" {
          name                = "site-a"
          location            = "westeurope"
          resource_group_name = "rg-network"
          gateway_address     = "203.0.113.10"
          address_space       = ["192.168.1.0/24"]
        }

        resource "azurerm_virtual_network_gateway_connection" "hub_to_site_a" {
          name                       = "hub-to-site-a"
          location                   = "westeurope"
          resource_group_name        = "rg-network"
          type                       = "IPsec"
          virtual_network_gateway_id = azurerm_virtual_network_gateway.%2$s.id
          local_network_gateway_id   = azurerm_local_network_gateway.site_a.id
          shared_key                 = var.shared_key
        }
        """.formatted(vpnType, gatewayLabel);
    if (moved) {
      config += """

          moved {
            from = azurerm_virtual_network_gateway.hub
            to   = azurerm_virtual_network_gateway.%s
          }
          """.formatted(gatewayLabel);
    }
    return config;
  }

  /** The branch office's side, in another root module: its local network gateway points at the hub's public IP. */
  static final String BRANCH = """
      resource "azurerm_local_network_gateway" "to_hub" {
        name                = "branch-to-hub"
        location            = "westeurope"
        resource_group_name = "rg-branch"
        gateway_address     = "20.50.1.2"
        address_space       = ["10.1.0.0/16"]
      }
      """;

  @Test
  void vpnTypeChangeIsReportedTheSameWayFromGitAndFromADirectory() throws Exception {
    commit(network("PolicyBased", "hub", false), "policy-based gateway");
    Path copy = copyOfWorkingTree("first-commit");
    write(network("RouteBased", "hub", false));
    commitAll("route-based gateway");

    CliRun fromGit = scan("--base", "HEAD~1");
    CliRun fromDir = scan("--base", copy.toString());

    assertThat(fromGit.exitCode()).as(fromGit.err()).isEqualTo(1);
    JsonNode finding = only(fromGit, "VNL801");
    assertThat(finding.at("/location/file").asText()).isEqualTo("hub/main.tf");
    assertThat(lineOf(finding)).isEqualTo(lineContaining("vpn_type"));
    List<String> related = new ArrayList<>();
    finding.get("related").forEach(r -> related.add(r.get("message").asText()));
    assertThat(related).anyMatch(m -> m.startsWith("connection 'hub-to-site-a' is deleted with the gateway"));
    assertThat(related).anyMatch(m -> m.startsWith("peering 'hub-to-spoke' uses the gateway for transit"));
    assertThat(finding.get("message").asText()).contains("60 minutes", "new public IP", "shared keys");

    assertThat(findings(fromDir)).isEqualTo(findings(fromGit));
    assertThat(git("status", "--porcelain")).as("the working tree is untouched").isEmpty();
  }

  @Test
  void localNetworkGatewayPointingAtThePublicIpIsRelated() throws Exception {
    // the public IP's address as a plan or an import would know it
    String withKnownIp = network("PolicyBased", "hub", false)
        .replace("zones               = [\"1\", \"2\", \"3\"]", "zones               = [\"1\", \"2\", \"3\"]\n  ip_address = \"20.50.1.2\"");
    commit(withKnownIp, "policy-based gateway with a known public IP");
    Files.writeString(Files.createDirectories(repo.resolve("branch")).resolve("main.tf"), BRANCH);
    commitAll("branch side");
    write(withKnownIp.replace("\"PolicyBased\"", "\"RouteBased\""));
    commitAll("route-based gateway");

    JsonNode finding = only(scan("--base", "HEAD~1"), "VNL801");
    List<String> related = new ArrayList<>();
    finding.get("related").forEach(r -> related.add(r.get("file").asText() + " "
        + r.get("message").asText()));
    assertThat(related).anyMatch(m -> m.startsWith("branch/main.tf local network gateway 'branch-to-hub' points at"));
  }

  @Test
  void renameThroughMovedBlockAloneReportsNothing() throws Exception {
    commit(network("PolicyBased", "hub", false), "gateway");
    write(network("PolicyBased", "hub_vpn", true));
    commitAll("rename the gateway");

    CliRun run = scan("--base", "HEAD~1");
    assertThat(findings(run)).noneMatch(f -> f.startsWith("VNL80"));
  }

  @Test
  void renameThroughMovedBlockStillFindsTheTypeChange() throws Exception {
    commit(network("PolicyBased", "hub", false), "gateway");
    write(network("RouteBased", "hub_vpn", true));
    commitAll("rename and change the gateway");

    assertThat(findings(scan("--base", "HEAD~1"))).anyMatch(f -> f.startsWith("VNL801 "));
  }

  @Test
  void nothingRelevantChangedReportsNothing() throws Exception {
    commit(network("PolicyBased", "hub", false), "gateway");
    write(network("PolicyBased", "hub", false).replace("192.168.1.0/24", "192.168.0.0/23"));
    commitAll("bigger site prefix");

    assertThat(findings(scan("--base", "HEAD~1"))).noneMatch(f -> f.startsWith("VNL80"));
    assertThat(findings(scan())).noneMatch(f -> f.startsWith("VNL80"));
  }

  @Test
  void aPlanInTheScanKeepsItsOwnChangesWhenABaselineIsGiven() throws Exception {
    Path plan = CliRun.projectRoot().resolve("rules/src/test/resources/rules/VNL801/bad-plan-replace-vpn-type.json");
    Files.createDirectories(repo.resolve("plans"));
    Files.copy(plan, repo.resolve("plans/tfplan.json"));
    commit(network("PolicyBased", "hub", false), "a plan and a configuration");
    write(network("PolicyBased", "hub", false).replace("192.168.1.0/24", "192.168.0.0/23"));
    commitAll("bigger site prefix");

    // the plan is the same file at both revisions, but it still replaces its gateway
    assertThat(findings(scan("--base", "HEAD~1"))).filteredOn(f -> f.startsWith("VNL80"))
        .hasSize(1).allMatch(f -> f.startsWith("VNL801 ") && f.contains("plans/tfplan.json"));
  }

  @Test
  void unknownRevisionIsAUsageError() throws Exception {
    commit(network("PolicyBased", "hub", false), "gateway");
    CliRun run = scan("--base", "no-such-branch");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_INPUT_ERROR);
    assertThat(run.err()).contains("--base no-such-branch");
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private CliRun scan(String... extra) {
    List<String> args = new ArrayList<>(List.of("scan", "--format", "json", "--root", repo.toString()));
    args.addAll(List.of(extra));
    args.add(repo.toString());
    return CliRun.of(args.toArray(String[]::new));
  }

  private static JsonNode only(CliRun run, String ruleId) throws IOException {
    List<JsonNode> matches = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> {
      if (f.get("ruleId").asText().equals(ruleId)) {
        matches.add(f);
      }
    });
    assertThat(matches).as(run.out() + run.err()).hasSize(1);
    return matches.get(0);
  }

  /** Each finding as one line: rule, location, message and related locations. */
  private static List<String> findings(CliRun run) throws IOException {
    List<String> out = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> out.add(f.get("ruleId").asText() + " "
        + f.get("location") + " " + f.get("message").asText() + " " + f.get("related")));
    return out;
  }

  private static int lineOf(JsonNode finding) {
    return finding.at("/location/startLine").asInt();
  }

  private int lineContaining(String text) throws IOException {
    List<String> lines = Files.readAllLines(repo.resolve("hub/main.tf"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in hub/main.tf");
  }

  private void write(String hubConfig) throws IOException {
    Files.writeString(Files.createDirectories(repo.resolve("hub")).resolve("main.tf"), hubConfig);
  }

  private void commit(String hubConfig, String message) throws Exception {
    write(hubConfig);
    commitAll(message);
  }

  private void commitAll(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  private Path copyOfWorkingTree(String name) throws IOException {
    Path target = temp.resolve(name);
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path p : files.filter(p -> !repo.relativize(p).startsWith(".git")).toList()) {
        Path to = target.resolve(repo.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    return out.strip();
  }

  private static int run(Path dir, String... command) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }
}
