package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Deadline;
import io.vnetlint.model.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input against the limits of {@link Limits}: each limit reached is a positioned error on stderr (exit code
 * 2) or a positioned warning, never a crash, a stack overflow, an out-of-memory error or a hang, and the other files
 * of the scan are still analyzed (the good template's VNL601 finding is still reported).
 */
class LimitsTest {
  private static final String SCHEMA =
      "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\"";
  private static final String VNET = """
      resource "azurerm_virtual_network" "v" {
        %s
        name                = "v"
        address_space       = ["10.0.0.0/16"]
        location            = "westeurope"
        resource_group_name = "rg"
      }
      """;
  private static final int DEEP = 100_000;

  @TempDir Path dir;

  @BeforeEach
  void goodTemplateWithAFinding() throws IOException {
    // A Basic gateway with BGP: VNL601 must still be reported whatever else is hostile.
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

  @AfterEach
  void budgetBack() {
    System.clearProperty(Deadline.BUDGET_PROPERTY);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private CliRun scan() {
    return CliRun.of("scan", "--root", dir.toString(), "--color", "never", dir.toString());
  }

  /** Exit 2, a positioned error about {@code file} containing {@code text}, no stack trace, the good file analyzed. */
  private static void assertLimitError(CliRun run, String file, int line, String text) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    List<String> errors = run.err().lines().filter(l -> l.startsWith(file + ":")).toList();
    assertThat(errors).as(run.err()).anySatisfy(l -> assertThat(l)
        .matches(Pattern.quote(file) + ":" + line + ":\\d+: error: .+")
        .contains(text));
    assertNoCrash(run);
  }

  private static void assertNoCrash(CliRun run) {
    assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ")
        .doesNotContain("internal error");
    assertThat(run.out()).contains("VNL601");
  }

  @Test
  void terraformCountOfMaxIntIsAnErrorAtTheCount() throws IOException {
    write("tf/main.tf", VNET.formatted("count = 2147483647"));
    CliRun run = scan();
    assertLimitError(run, "tf/main.tf", 2, "more than the limit of " + Limits.MAX_INSTANCES);
    assertThat(run.err()).as("one message, an error").doesNotContain("warning");
  }

  @Test
  void terraformForEachOverAHugeSetIsAnErrorAtTheForEach() throws IOException {
    // 11 * 1000 keys: each range stays within Terraform's 1024, the set does not stay within the limit
    write("tf/main.tf", VNET.formatted(
        "for_each = toset(flatten([for a in range(1000) : [for b in range(11) : \"${a}-${b}\"]]))"));
    assertLimitError(scan(), "tf/main.tf", 2, "for_each has 11000 keys");
  }

  @Test
  void terraformRangeOfABillionIsTerraformsOwnErrorAsAWarning() throws IOException {
    write("tf/main.tf", "locals {\n  x = range(1e9)\n}\noutput \"o\" {\n  value = length(local.x)\n}\n");
    CliRun run = scan();
    assertThat(run.err()).containsPattern("tf/main.tf:2:\\d+: warning: .*more than 1024 values");
    assertNoCrash(run);
  }

  @Test
  void terraformHugeNumbersAndStringsStayBounded() throws IOException {
    write("tf/main.tf", """
        output "a" {
          value = tostring(1e999999999)
        }
        output "b" {
          value = 1e999999999 + 1
        }
        output "c" {
          value = format("%0999999999d", 1)
        }
        output "d" {
          value = join(",", [for i in range(100) : join("", [for j in range(1000) : "xxxxxxxxxxxxxxxxxxxx"])])
        }
        """);
    CliRun run = scan();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("tf/main.tf:5:\\d+: error: number out of range")
        .containsPattern("tf/main.tf:11:\\d+: warning: .*longer than the limit of " + Limits.MAX_STRING_CHARS);
    assertNoCrash(run);
  }

  @Test
  void nestedLoopsAreBoundedPerFile() throws IOException {
    // 1000^3 and 800^3 elements: each loop is within its own limit, together they are not
    write("tf/main.tf", """
        locals {
          x = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]
        }
        output "o" {
          value = length(local.x)
        }
        """);
    write("loops.bicep", """
        var x = [for a in range(0, 800): [for b in range(0, 800): [for c in range(0, 800): c]]]
        resource v 'Microsoft.Network/virtualNetworks@2023-05-01' = {
          name: string(length(x))
          location: 'westeurope'
        }
        """);
    write("lambdas.bicep", """
        var x = map(range(0, 1000), a => map(range(0, 1000), b => map(range(0, 1000), c => c)))
        resource v 'Microsoft.Network/virtualNetworks@2023-05-01' = {
          name: string(length(x))
          location: 'westeurope'
        }
        """);
    CliRun run = scan();
    assertLimitError(run, "tf/main.tf", 2, "iterate more than " + Limits.MAX_ITERATIONS_PER_FILE + " times");
    assertLimitError(run, "loops.bicep", 1, "iterate more than " + Limits.MAX_ITERATIONS_PER_FILE + " times");
    assertLimitError(run, "lambdas.bicep", 1, "iterate more than " + Limits.MAX_ITERATIONS_PER_FILE + " times");
  }

  @Test
  void armCopyCountOfMaxIntIsAnErrorAtTheCopy() throws IOException {
    write("arm/t.json", """
        {
          %s,
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-05-01",
              "name": "[concat('v', copyIndex())]", "location": "westeurope",
              "copy": { "name": "c", "count": 2147483647 },
              "properties": { "addressSpace": { "addressPrefixes": ["10.0.0.0/16"] } }
            }
          ]
        }
        """.formatted(SCHEMA));
    assertLimitError(scan(), "arm/t.json", 8, "copy count is 2147483647, more than the limit of 800");
  }

  @Test
  void deeplyNestedTerraformExpressionsAreAnError() throws IOException {
    write("parens/main.tf", "locals {\n  x = " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP) + "\n}\n");
    write("unary/main.tf", "locals {\n  x = " + "!".repeat(DEEP) + "true\n}\n");
    write("calls/main.tf", "locals {\n  x = " + "abs(".repeat(DEEP) + "1" + ")".repeat(DEEP) + "\n}\n");
    write("chain/main.tf", "locals {\n  x = 1" + " + 1".repeat(DEEP) + "\n}\n");
    CliRun run = scan();
    for (String file : List.of("parens/main.tf", "unary/main.tf", "calls/main.tf")) {
      assertLimitError(run, file, 2, "more than " + Limits.MAX_NESTING + " levels deep");
    }
    // a long chain of binary operators parses flat, and its evaluation stops at the evaluator's depth limit
    assertLimitError(run, "chain/main.tf", 2, "nested more than 400 levels deep to evaluate");
  }

  @Test
  void deeplyNestedArmJsonAndExpressionsAreAnError() throws IOException {
    write("brackets.json", "{" + SCHEMA + ",\"contentVersion\":\"1.0.0.0\",\"resources\":[],\"variables\":{\"x\":"
        + "[".repeat(DEEP) + "]".repeat(DEEP) + "}}");
    write("calls.json", "{" + SCHEMA + ",\"contentVersion\":\"1.0.0.0\",\"resources\":[],\"variables\":{\"x\":\"["
        + "not(".repeat(1_000) + "true" + ")".repeat(1_000) + "]\"}}");
    // longer expressions stop at Azure's own limit of 24,576 characters first
    write("long.json", "{" + SCHEMA + ",\"contentVersion\":\"1.0.0.0\",\"resources\":[],\"variables\":{\"x\":\"["
        + "not(".repeat(DEEP) + "true" + ")".repeat(DEEP) + "]\"}}");
    CliRun run = scan();
    assertLimitError(run, "brackets.json", 1, "nesting deeper than " + Limits.MAX_NESTING);
    assertLimitError(run, "calls.json", 1, "nesting deeper than " + Limits.MAX_NESTING);
    assertLimitError(run, "long.json", 1, "expression longer than 24,576 characters");
  }

  @Test
  void deeplyNestedBicepIsAnError() throws IOException {
    write("parens.bicep", "var x = " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP) + "\n");
    write("calls.bicep", "var y = " + "string(".repeat(DEEP) + "1" + ")".repeat(DEEP) + "\n");
    write("chain.bicep", "resource v 'Microsoft.Network/virtualNetworks@2023-05-01' = {\n  name: string(1"
        + " + 1".repeat(DEEP) + ")\n  location: 'westeurope'\n}\n");
    // Bicep has no unary operator on a unary operator: a syntax error, positioned, at the second one
    write("unary.bicep", "var u = " + "!".repeat(DEEP) + "true\n");
    CliRun run = scan();
    for (String file : List.of("parens.bicep", "calls.bicep")) {
      assertLimitError(run, file, 1, "Nesting deeper than " + Limits.MAX_NESTING);
    }
    assertLimitError(run, "unary.bicep", 1, "BCP009");
    // a long chain of binary operators parses flat, and its evaluation stops at the evaluator's depth limit
    assertLimitError(run, "chain.bicep", 2, "nested more than 400 levels deep to evaluate");
  }

  @Test
  void bicepRangeOfABillionIsNotExpanded() throws IOException {
    write("range.bicep", """
        resource vnets 'Microsoft.Network/virtualNetworks@2023-05-01' = [for i in range(0, 1000000000): {
          name: 'v${i}'
          location: 'westeurope'
          properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
        }]
        """);
    CliRun run = scan();
    assertThat(run.err()).containsPattern("range.bicep:1:\\d+: warning: .*range\\(\\) of 1000000000 items");
    assertNoCrash(run);
  }

  @Test
  void recursiveModulesAreReportedAndTheScanGoesOn() throws IOException {
    write("self/main.tf", "module \"self\" {\n  source = \"./\"\n}\n" + VNET.formatted(""));
    write("mutual/a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n" + VNET.formatted(""));
    write("mutual/b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n");
    write("bicep/main.bicep", "module m 'main.bicep' = {\n  name: 'self'\n}\noutput o object = m.outputs\n");
    CliRun run = scan();
    assertThat(run.err()).containsPattern("self/main.tf:2:\\d+: warning: .*infinite recursion")
        // a cycle a -> b -> a: no directory is a root, yet both are evaluated and the cycle reported where it closes
        .containsPattern("mutual/b/main.tf:2:\\d+: warning: .*infinite recursion")
        .containsPattern("bicep/main.bicep:1:\\d+: warning: .*cycle");
    assertThat(run.out()).contains("Scanned 5 files");
    assertNoCrash(run);
  }

  @Test
  void theTimeBudgetEndsEachFilesEvaluationWithAPositionedError() throws IOException {
    // a budget of 0 ms: every file's evaluation reaches the limit at its first step, deterministically
    System.setProperty(Deadline.BUDGET_PROPERTY, "0");
    write("tf/main.tf", VNET.formatted(""));
    write("main.bicep", """
        resource v 'Microsoft.Network/virtualNetworks@2023-05-01' = {
          name: 'v'
          location: 'westeurope'
          properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
        }
        """);
    CliRun run = scan();
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    for (String file : List.of("good.json", "tf/main.tf", "main.bicep")) {
      assertThat(run.err()).as(run.err()).containsPattern(Pattern.quote(file)
          + ":\\d+:\\d+: error: evaluation took longer than the limit of 0.0 s; the file is not analyzed");
    }
    assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
