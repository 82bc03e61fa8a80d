package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.cli.scan.Scanner;
import io.vnetlint.model.ScanInput;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fix is offered only where the value is written as a literal at the attribute: the VNL602 fixture ("enableBgp is
 * false on the connection") still has its finding when the false comes from a parameter, variable, local, tfvars
 * file, parameter file or expression, but then there is no fix. A wrong edit is worse than none.
 */
class FixSafetyTest {
  private static final String FIXTURE = "rules/src/test/resources/rules/VNL602/bad-site-bgp-ready-connection-static";

  @TempDir
  Path dir;

  private static String fixture(String extension) throws IOException {
    return Files.readString(CliRun.projectRoot().resolve(FIXTURE + "." + extension), StandardCharsets.UTF_8);
  }

  private Finding scanOne(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    List<Path> relative = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.sorted().forEach(p -> relative.add(dir.relativize(p)));
    }
    ScanResult result = new Scanner(Scanner.defaultFrontEnds(), RuleCatalog.all()).scan(ScanInput.of(dir, relative));
    List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals("VNL602")).toList();
    assertThat(findings).as("the finding is still reported").hasSize(1);
    return findings.get(0);
  }

  private static String replaceOnce(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void literalsInEachFormatGetAFix() throws IOException {
    Finding tf = scanOne(Map.of("main.tf", fixture("tf")));
    assertThat(tf.fixes()).singleElement().satisfies(fix -> {
      Fix.Replacement r = fix.replacements().get(0);
      assertThat(r.inserted()).isEqualTo("true");
      assertThat(r.deleted().endColumn() - r.deleted().startColumn()).isEqualTo("false".length());
    });
  }

  @Test
  void armAndBicepLiteralsGetAFix() throws IOException {
    assertThat(scanOne(Map.of("main.json", fixture("json"))).fixes()).singleElement()
        .satisfies(fix -> assertThat(fix.replacements().get(0).inserted()).isEqualTo("true"));
  }

  @Test
  void bicepLiteralGetsAFix() throws IOException {
    assertThat(scanOne(Map.of("main.bicep", fixture("bicep"))).fixes()).hasSize(1);
  }

  @Test
  void terraformVariableDefaultGetsNoFix() throws IOException {
    String tf = replaceOnce(fixture("tf"), "bgp_enabled                = false", "bgp_enabled = var.bgp")
        + "\nvariable \"bgp\" {\n  default = false\n}\n";
    assertThat(scanOne(Map.of("main.tf", tf)).fixes()).isEmpty();
  }

  @Test
  void terraformLocalGetsNoFix() throws IOException {
    String tf = replaceOnce(fixture("tf"), "bgp_enabled                = false", "bgp_enabled = local.bgp")
        + "\nlocals {\n  bgp_enabled = false\n  bgp = false\n}\n";
    assertThat(scanOne(Map.of("main.tf", tf)).fixes()).isEmpty();
  }

  @Test
  void terraformTfvarsValueGetsNoFix() throws IOException {
    String tf = replaceOnce(fixture("tf"), "bgp_enabled                = false", "bgp_enabled = var.bgp")
        + "\nvariable \"bgp\" {\n  type = bool\n}\n";
    assertThat(scanOne(Map.of("main.tf", tf, "terraform.tfvars", "bgp = false\nbgp_enabled = false\n")).fixes())
        .isEmpty();
  }

  @Test
  void terraformExpressionGetsNoFix() throws IOException {
    String tf = replaceOnce(fixture("tf"), "bgp_enabled                = false", "bgp_enabled = false && true");
    assertThat(scanOne(Map.of("main.tf", tf)).fixes()).isEmpty();
  }

  @Test
  void armParameterDefaultGetsNoFix() throws IOException {
    String json = replaceOnce(fixture("json"), "\"enableBgp\": false,", "\"enableBgp\": \"[parameters('enableBgp')]\",");
    json = replaceOnce(json, "\"parameters\": {", "\"parameters\": {\n    \"enableBgp\": { \"type\": \"bool\", "
        + "\"defaultValue\": false },");
    assertThat(scanOne(Map.of("main.json", json)).fixes()).isEmpty();
  }

  @Test
  void armParameterFileValueGetsNoFix() throws IOException {
    String json = replaceOnce(fixture("json"), "\"enableBgp\": false,", "\"enableBgp\": \"[parameters('enableBgp')]\",");
    json = replaceOnce(json, "\"parameters\": {", "\"parameters\": {\n    \"enableBgp\": { \"type\": \"bool\" },");
    String parameters = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "enableBgp": { "value": false }, "sharedKey": { "value": "not-a-real-key" } }
        }
        """;
    assertThat(scanOne(Map.of("main.json", json, "main.parameters.json", parameters)).fixes()).isEmpty();
  }

  @Test
  void armVariableGetsNoFix() throws IOException {
    String json = replaceOnce(fixture("json"), "\"enableBgp\": false,", "\"enableBgp\": \"[variables('bgp')]\",");
    json = replaceOnce(json, "\"contentVersion\": \"1.0.0.0\",",
        "\"contentVersion\": \"1.0.0.0\",\n  \"variables\": { \"enableBgp\": false, \"bgp\": false },");
    assertThat(scanOne(Map.of("main.json", json)).fixes()).isEmpty();
  }

  @Test
  void armExpressionGetsNoFix() throws IOException {
    String json = replaceOnce(fixture("json"), "\"enableBgp\": false,", "\"enableBgp\": \"[equals(1, 2)]\",");
    assertThat(scanOne(Map.of("main.json", json)).fixes()).isEmpty();
  }

  @Test
  void bicepParameterGetsNoFix() throws IOException {
    String bicep = replaceOnce(fixture("bicep"), "enableBgp: false", "enableBgp: enableConnectionBgp");
    bicep = replaceOnce(bicep, "param location string = 'westeurope'",
        "param location string = 'westeurope'\nparam enableConnectionBgp bool = false");
    assertThat(scanOne(Map.of("main.bicep", bicep)).fixes()).isEmpty();
  }

  // ---- a literal that declares several resources (a copy loop) ----------------------------------------------

  private List<Finding> scanHubSpoke(String template) throws IOException {
    Path example = CliRun.projectRoot().resolve("examples/hub-spoke");
    Files.writeString(dir.resolve("azuredeploy.json"), template, StandardCharsets.UTF_8);
    Files.copy(example.resolve("azuredeploy.parameters.json"), dir.resolve("azuredeploy.parameters.json"));
    List<Path> files = List.of(Path.of("azuredeploy.json"), Path.of("azuredeploy.parameters.json"));
    ScanResult result = new Scanner(Scanner.defaultFrontEnds(), RuleCatalog.all()).scan(ScanInput.of(dir, files));
    return result.findings().stream().filter(f -> f.ruleId().equals("VNL103")).toList();
  }

  private static String hubSpoke() throws IOException {
    return Files.readString(CliRun.projectRoot().resolve("examples/hub-spoke/azuredeploy.json"),
        StandardCharsets.UTF_8);
  }

  @Test
  void aLoopLiteralIsFixedWhenEveryCopyNeedsTheFix() throws IOException {
    // both spokes use the hub's gateway; the hub-to-spoke loop's "allowGatewayTransit": false serves both
    List<Finding> findings = scanHubSpoke(hubSpoke());
    assertThat(findings).hasSize(2);
    assertThat(findings).allSatisfy(f -> assertThat(f.fixes()).singleElement()
        .satisfies(fix -> assertThat(fix.replacements().get(0).inserted()).isEqualTo("true")));
  }

  @Test
  void aLoopLiteralIsNotFixedWhenOnlySomeCopiesNeedIt() throws IOException {
    // only the app spoke uses remote gateways: setting the shared literal would change the data peering too
    String template = replaceOnce(hubSpoke(), "{ \"name\": \"vnet-spoke-app\", \"prefix\": \"10.1.0.0/16\" }",
        "{ \"name\": \"vnet-spoke-app\", \"prefix\": \"10.1.0.0/16\", \"useHub\": true }");
    template = replaceOnce(template, "{ \"name\": \"vnet-spoke-data\", \"prefix\": \"10.2.0.0/16\" }",
        "{ \"name\": \"vnet-spoke-data\", \"prefix\": \"10.2.0.0/16\", \"useHub\": false }");
    template = replaceOnce(template, "\"useRemoteGateways\": true",
        "\"useRemoteGateways\": \"[variables('spokes')[copyIndex()].useHub]\"");
    List<Finding> findings = scanHubSpoke(template);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).fixes()).isEmpty();
  }
}
