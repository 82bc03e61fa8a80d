package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's controls end to end: .vnetlint.yaml, vnetlint:ignore comments and a findings baseline, on a copy of
 * the fixture in cli/src/test/resources/controls (main.tf: two VNL101 peerings, one suppressed; legacy/ excluded by
 * the configuration; baseline.json holding the other finding).
 */
class ControlsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private Path fixture;

  @BeforeEach
  void copyFixture() throws IOException {
    Path source = CliRun.projectRoot().resolve("cli/src/test/resources/controls");
    fixture = tmp.resolve("controls");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path target = fixture.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private CliRun scan(String... extra) {
    List<String> args = new ArrayList<>(List.of("scan", "--root", tmp.toString(), fixture.toString(),
        "--color", "never"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private JsonNode json(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of(extra));
    args.addAll(List.of("--format", "json"));
    CliRun run = scan(args.toArray(String[]::new));
    return JSON.readTree(run.out());
  }

  private static List<String> statuses(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.get("findings").forEach(f -> out.add(f.get("ruleId").asText() + " " + f.get("status").asText()));
    return out;
  }

  // --- configuration ---

  @Test
  void configurationExcludesFilesAndSetsFailOn() throws IOException {
    CliRun run = scan();
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("error[VNL101]").doesNotContain("legacy/old.tf");

    CliRun ignored = scan("--no-config");
    assertThat(ignored.out()).contains("controls/legacy/old.tf");

    // fail-on: warning comes from the file; --fail-on overrides it.
    Files.writeString(fixture.resolve(".vnetlint.yaml"), """
        fail-on: never
        exclude: ["legacy/**"]
        """);
    assertThat(scan().exitCode()).isZero();
    assertThat(scan("--fail-on", "error").exitCode()).isEqualTo(1);
  }

  @Test
  void configurationOverridesLevelsAndDisablesRules() throws IOException {
    Files.writeString(fixture.resolve(".vnetlint.yaml"), """
        rules:
          levels:
            VNL101: note
        exclude: legacy/**
        """);
    CliRun run = scan();
    assertThat(run.exitCode()).as(run.out()).isZero(); // default fail-on error; VNL101 is a note now
    assertThat(run.out()).contains("note[VNL101]");
    assertThat(scan("--fail-on", "note").exitCode()).isEqualTo(1);

    Files.writeString(fixture.resolve(".vnetlint.yaml"), """
        rules:
          disable: [PeeredAddressSpaceOverlap]
        exclude: legacy/**
        """);
    CliRun disabled = scan();
    assertThat(disabled.out()).doesNotContain("VNL101").contains("No problems found.");
    // The suppression of a rule that did not run is not "unused".
    assertThat(disabled.err()).doesNotContain("unused suppression");
  }

  @Test
  void configurationErrorsArePositionedAndExitTwo() throws IOException {
    Files.writeString(fixture.resolve(".vnetlint.yaml"), "fail-on: error\nrules:\n  disable: []\nrulez: {}\n");
    CliRun run = scan();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".vnetlint.yaml:4:1: error: unknown key 'rulez' (did you mean 'rules'?)");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void configOptionNamesAnotherFile() throws IOException {
    Path other = Files.writeString(tmp.resolve("strict.yaml"), "fail-on: never\n");
    assertThat(scan("--config", other.toString()).exitCode()).isZero();
    CliRun missing = scan("--config", tmp.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml: no such file");
  }

  @Test
  void configurationGivesTerraformVariablesAndArmParametersPerTemplate() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("vars"));
    Files.writeString(dir.resolve("main.tf"), """
        variable "spoke_space" {
          type = string
        }
        resource "azurerm_virtual_network" "hub" {
          name                = "hub"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = ["10.0.0.0/16"]
        }
        resource "azurerm_virtual_network" "spoke" {
          name                = "spoke"
          location            = "westeurope"
          resource_group_name = "rg"
          address_space       = [var.spoke_space]
        }
        resource "azurerm_virtual_network_peering" "hub_to_spoke" {
          name                      = "hub-to-spoke"
          resource_group_name       = "rg"
          virtual_network_name      = azurerm_virtual_network.hub.name
          remote_virtual_network_id = azurerm_virtual_network.spoke.id
        }
        """);
    Files.writeString(dir.resolve("overlap.tfvars"), "spoke_space = \"10.0.1.0/24\"\n");
    Files.writeString(dir.resolve(".vnetlint.yaml"), "terraform:\n  var-files: [overlap.tfvars]\n");
    CliRun run = CliRun.of("scan", "--root", tmp.toString(), dir.toString(), "--color", "never");
    assertThat(run.out()).as(run.err()).contains("error[VNL101]");

    Files.writeString(dir.resolve(".vnetlint.yaml"), "terraform:\n  vars:\n    spoke_space: 10.1.0.0/16\n");
    run = CliRun.of("scan", "--root", tmp.toString(), dir.toString(), "--color", "never");
    assertThat(run.out()).as(run.err()).doesNotContain("VNL101");
    // --var overrides the file's value.
    run = CliRun.of("scan", "--root", tmp.toString(), dir.toString(), "--color", "never",
        "--var", "spoke_space=10.0.2.0/24");
    assertThat(run.out()).contains("error[VNL101]");
  }

  @Test
  void armParametersPerTemplateReplaceThePairedFiles() throws IOException {
    Path examples = CliRun.projectRoot().resolve("examples/hub-spoke");
    Path dir = tmp.resolve("hub-spoke");
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(examples)) {
      for (Path p : files.toList()) {
        Files.copy(p, dir.resolve(p.getFileName().toString()));
      }
    }
    CliRun paired = CliRun.of("scan", "--root", tmp.toString(), dir.toString(), "--format", "json");
    assertThat(paired.out()).contains("\"parameterFile\" : \"hub-spoke/azuredeploy.parameters.json\"");
    Files.writeString(dir.resolve("defaults.parameters.json"), """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {}
        }
        """);
    Files.writeString(dir.resolve(".vnetlint.yaml"),
        "arm:\n  parameters:\n    azuredeploy.json: defaults.parameters.json\n");
    CliRun configured = CliRun.of("scan", "--root", tmp.toString(), dir.toString(), "--format", "json");
    assertThat(configured.out()).as(configured.err())
        .doesNotContain("\"parameterFile\" : \"hub-spoke/azuredeploy.parameters.json\"")
        .contains("\"parameterFile\" : \"hub-spoke/defaults.parameters.json\"");

    Files.writeString(dir.resolve(".vnetlint.yaml"),
        "arm:\n  parameters:\n    azuredeploy.json: missing.parameters.json\n");
    CliRun missing = CliRun.of("scan", "--root", tmp.toString(), dir.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("missing.parameters.json does not exist");
  }

  @Test
  void initWritesAStarterFileThatScansAccept(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("init", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve(".vnetlint.yaml")).content().contains("fail-on: error").contains("# ");
    CliRun again = CliRun.of("init", dir.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists (use --force to overwrite it)");
    Files.writeString(dir.resolve(".vnetlint.yaml"), "changed: true\n");
    assertThat(CliRun.of("init", "--force", dir.toString()).exitCode()).isZero();
    assertThat(dir.resolve(".vnetlint.yaml")).content().contains("fail-on: error");
    assertThat(CliRun.of("scan", "--root", dir.toString(), dir.toString()).exitCode()).isZero();
  }

  // --- suppressions ---

  @Test
  void suppressedFindingsAreCountedNotFailed() throws IOException {
    Files.writeString(fixture.resolve(".vnetlint.yaml"), "exclude: legacy/**\n");
    CliRun run = scan();
    assertThat(run.out()).contains("Found 1 problem (1 error)").contains("Not counted: 1 suppressed");
    assertThat(run.out()).doesNotContain("spoke-to-hub");
    CliRun verbose = scan("-v");
    assertThat(verbose.out()).contains("suppressed VNL101: peering 'spoke-to-hub'")
        .contains("(reason: the spoke is renumbered out of the hub's range in CHG-1234)");
    assertThat(statuses(json())).containsExactly("VNL101 active", "VNL101 suppressed");

    // Suppressing the other one too leaves nothing that fails.
    Path main = fixture.resolve("main.tf");
    Files.writeString(main, Files.readString(main).replace(
        "  remote_virtual_network_id    = azurerm_virtual_network.spoke.id",
        "  # vnetlint:ignore VNL101 -- same change\n  remote_virtual_network_id    = azurerm_virtual_network.spoke.id"));
    CliRun clean = scan();
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("No problems found.").contains("2 suppressed");
  }

  @Test
  void unusedAndReasonlessSuppressionsAreReported() throws IOException {
    Files.writeString(fixture.resolve(".vnetlint.yaml"), "exclude: legacy/**\n");
    Path main = fixture.resolve("main.tf");
    String text = Files.readString(main)
        .replace("-- the spoke is renumbered out of the hub's range in CHG-1234", "")
        .replace("resource \"azurerm_subnet\" \"hub_shared\" {",
            "# vnetlint:ignore VNL102 -- nothing to suppress here\nresource \"azurerm_subnet\" \"hub_shared\" {")
        .replace("resource \"azurerm_subnet\" \"spoke_workload\" {",
            "# vnetlint:ignore VNL1O1 -- typo\nresource \"azurerm_subnet\" \"spoke_workload\" {");
    Files.writeString(main, text);
    CliRun run = scan();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Found 2 problems (2 errors)").doesNotContain("suppressed");
    assertThat(run.err())
        .containsPattern("controls/main.tf:\\d+:1: warning: vnetlint:ignore without a reason suppresses nothing")
        .containsPattern("controls/main.tf:\\d+:1: warning: unused suppression: no VNL102 finding starts in lines")
        .contains("warning: vnetlint:ignore names an unknown rule 'VNL1O1'");
    assertThat(scan("--quiet").err()).doesNotContain("warning");
  }

  // --- baseline ---

  @Test
  void baselineSurvivesMovedLinesAndFailsOnlyOnNewFindings() throws IOException {
    Files.writeString(fixture.resolve(".vnetlint.yaml"), "exclude: legacy/**\n");
    Path baseline = tmp.resolve("baseline.json");
    CliRun write = scan("--write-baseline", baseline.toString());
    assertThat(write.exitCode()).as(write.err()).isZero();
    assertThat(write.err()).contains("wrote 1 finding to the baseline");
    JsonNode file = JSON.readTree(baseline.toFile());
    assertThat(file.get("version").asInt()).isEqualTo(1);
    assertThat(file.get("fingerprint").asText()).isEqualTo("vnetlint/v1");
    assertThat(file.get("findings")).hasSize(1);
    assertThat(file.get("findings").get(0).get("ruleId").asText()).isEqualTo("VNL101");

    // Move every line down: still the same findings.
    Path main = fixture.resolve("main.tf");
    Files.writeString(main, "\n\n\n# moved\n\n" + Files.readString(main));
    CliRun moved = scan("--baseline", baseline.toString());
    assertThat(moved.exitCode()).as(moved.out()).isZero();
    assertThat(moved.out()).contains("No problems found.").contains("1 in the baseline");
    assertThat(statuses(json("--baseline", baseline.toString())))
        .containsExactly("VNL101 baselined", "VNL101 suppressed");

    // A new overlapping peering is new.
    Files.writeString(main, Files.readString(main) + """

        resource "azurerm_virtual_network_peering" "hub_to_spoke_again" {
          name                      = "hub-to-spoke-again"
          resource_group_name       = azurerm_resource_group.network.name
          virtual_network_name      = azurerm_virtual_network.hub.name
          remote_virtual_network_id = azurerm_virtual_network.spoke.id
        }
        """);
    CliRun added = scan("--baseline", baseline.toString());
    assertThat(added.exitCode()).isEqualTo(1);
    assertThat(added.out()).contains("Found 1 problem").contains("hub-to-spoke-again")
        .doesNotContain("peering 'hub-to-spoke' joins").doesNotContain("no longer occur");
    assertThat(json("--baseline", baseline.toString()).get("summary").get("baselineGone").asInt()).isZero();
  }

  @Test
  void baselineFindingsThatNoLongerOccurAreCounted() throws IOException {
    Files.writeString(fixture.resolve(".vnetlint.yaml"), "exclude: legacy/**\n");
    Path baseline = tmp.resolve("baseline.json");
    assertThat(scan("--write-baseline", baseline.toString()).exitCode()).isZero();
    assertThat(json().get("summary").has("baselineGone")).as("only with --baseline").isFalse();

    // Fix the finding: the spoke's range no longer overlaps the hub's.
    Path main = fixture.resolve("main.tf");
    String fixed = Files.readString(main).replace("\"10.0.128.", "\"10.1.128.");
    assertThat(fixed).isNotEqualTo(Files.readString(main));
    Files.writeString(main, fixed);
    CliRun run = scan("--baseline", baseline.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("1 finding of the baseline no longer occurs (refresh it with --write-baseline).");
    assertThat(json("--baseline", baseline.toString()).get("summary").get("baselineGone").asInt()).isEqualTo(1);
  }

  @Test
  void badBaselineFilesAreUsageErrors() throws IOException {
    CliRun missing = scan("--baseline", tmp.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: no such file");
    Path wrong = Files.writeString(tmp.resolve("wrong.json"), "{\"runs\": []}");
    CliRun notBaseline = scan("--baseline", wrong.toString());
    assertThat(notBaseline.exitCode()).isEqualTo(2);
    assertThat(notBaseline.err()).contains("not a vnetlint baseline");
  }

  // --- all together ---

  @Test
  void configSuppressionAndBaselineTogetherGiveValidSarif() throws Exception {
    Path schemaFile = CliRun.shared().resolve("sarif/sarif-schema-2.1.0.json");
    assumeTrue(Files.isRegularFile(schemaFile), "needs ../shared/sarif/sarif-schema-2.1.0.json");
    Path sarif = tmp.resolve("controls.sarif");
    CliRun run = scan("--baseline", fixture.resolve("baseline.json").toString(), "--format", "sarif",
        "--output", sarif.toString());
    // Config: legacy/ excluded, fail-on warning; main.tf: one finding suppressed, the other in the baseline.
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode log = JSON.readTree(sarif.toFile());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
        .getSchema(JSON.readTree(schemaFile.toFile()), SchemaValidatorsConfig.builder().build());
    assertThat(schema.validate(log)).isEmpty();
    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("baselineState").asText()).isEqualTo("unchanged");
    assertThat(results.get(0).has("suppressions")).isFalse();
    assertThat(results.get(1).at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(results.get(1).at("/suppressions/0/justification").asText())
        .isEqualTo("the spoke is renumbered out of the hub's range in CHG-1234");
    assertThat(log.at("/runs/0/invocations/0/exitCode").asInt()).isZero();
    assertThat(run.out()).isEmpty();

    // Without the baseline the remaining finding fails the scan (fail-on: warning from the file).
    assertThat(scan().exitCode()).isEqualTo(1);
  }

  // --- terminal ---

  @Test
  void jsonOutputFollowsItsDocumentedSchema() throws Exception {
    Path schemaFile = CliRun.projectRoot().resolve("docs/vnetlint-json.schema.json");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(JSON.readTree(schemaFile.toFile()), SchemaValidatorsConfig.builder().build());
    Path main = fixture.resolve("main.tf");
    Files.writeString(main, Files.readString(main).replace("resource \"azurerm_subnet\" \"hub_shared\" {",
        "# vnetlint:ignore VNL102 -- nothing to suppress\nresource \"azurerm_subnet\" \"hub_shared\" {"));
    JsonNode controls = json("--baseline", fixture.resolve("baseline.json").toString(), "--no-config");
    assertThat(statuses(controls)).contains("VNL101 baselined", "VNL101 suppressed", "VNL103 active");
    assertThat(controls.get("diagnostics").toString()).contains("unused-suppression");
    assertThat(schema.validate(controls)).isEmpty();
    CliRun examples = CliRun.of("scan", "--root", CliRun.projectRoot().toString(),
        CliRun.projectRoot().resolve("examples").toString(), "--format", "json");
    assertThat(schema.validate(JSON.readTree(examples.out()))).isEmpty();
    // The schema is not a rubber stamp.
    ((com.fasterxml.jackson.databind.node.ObjectNode) controls.get("findings").get(0)).put("status", "ignored");
    ((com.fasterxml.jackson.databind.node.ObjectNode) controls.get("summary")).remove("exitCode");
    assertThat(schema.validate(controls)).hasSize(2);
  }

  @Test
  void quietPrintsOnlyTheSummaryLineOrNothing() throws IOException {
    CliRun failing = scan("--quiet");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out().strip()).startsWith("Found 1 problem").doesNotContain("\n");
    Files.writeString(fixture.resolve(".vnetlint.yaml"), "exclude: legacy/**\nrules:\n  disable: [VNL101]\n");
    CliRun clean = scan("-q");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEmpty();
    assertThat(clean.err()).isEmpty();
  }

  @Test
  void misuseGivesOneReadableLineAndExitTwo() {
    CliRun unknown = CliRun.of("scan", "--frmat", "json");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("vnetlint scan: Unknown option: '--frmat' (did you mean '--format'?)")
        .contains("Run 'vnetlint scan --help' for usage.").doesNotContain("Usage:");
    CliRun command = CliRun.of("scna");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.err()).contains("vnetlint: unknown command 'scna' (did you mean 'scan'?)");
    CliRun failOn = CliRun.of("scan", "--fail-on", "critical", ".");
    assertThat(failOn.exitCode()).isEqualTo(2);
    assertThat(failOn.err()).contains("Invalid value for option '--fail-on'");
    CliRun missingPath = CliRun.of("scan", "--root", tmp.toString(), tmp.resolve("nope").toString());
    assertThat(missingPath.exitCode()).isEqualTo(2);
    assertThat(missingPath.err()).contains("nope: no such file or directory");
    CliRun rule = CliRun.of("explain", "VNL1011");
    assertThat(rule.exitCode()).isEqualTo(2);
    assertThat(rule.err()).contains("unknown rule 'VNL1011' (did you mean 'VNL101'? ");
    CliRun unwritable = CliRun.of("scan", "--root", tmp.toString(), fixture.toString(), "--output",
        fixture.resolve("main.tf/report.txt").toString());
    assertThat(unwritable.exitCode()).isEqualTo(2);
    assertThat(unwritable.err()).contains("main.tf").doesNotContain("internal error");
    for (CliRun r : List.of(unknown, command, failOn, missingPath, rule, unwritable)) {
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void explainShowsExamplesAndHowToSuppress() {
    CliRun run = CliRun.of("explain", "VNL101");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("## Bad example").contains("## Good example").contains("```hcl")
        .contains("vnetlint:ignore VNL101 -- <reason>");
  }
}
