package io.vnetlint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the scan root is read unless {@code --allow-outside-root}. Every file outside the root holds a
 * virtual network named after a unique canary with a too-small GatewaySubnet: had the file been read, a VNL902
 * finding would name the canary. Each test asserts the canary appears in no output format, and a positive control
 * shows the same file does produce it when it is inside the root (or outside access is allowed), so the check can
 * fail.
 */
class ContainmentTest {
  static final String SCHEMA =
      "\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\"";

  @TempDir Path base;
  Path root;
  Path outside;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(base.resolve("repo"));
    outside = Files.createDirectories(base.resolve("outside"));
    Files.createDirectories(outside.resolve("mod"));
    Files.writeString(outside.resolve("mod/main.tf"), terraformVnet("CANARY_TF_MODULE"));
    Files.writeString(outside.resolve("linked.json"), armTemplate("CANARY_ARM_LINKED"));
    Files.writeString(outside.resolve("mod.bicep"), bicepVnet("CANARY_BICEP_MODULE"));
    Files.writeString(outside.resolve("main.bicep"), "param n string = 'x'\n" + bicepVnet("CANARY_BICEP_USING"));
    Files.writeString(outside.resolve("secret.txt"), "CANARY_LOAD_TEXT");
    Files.writeString(outside.resolve("vars.tfvars"), "name = \"CANARY_VAR_FILE\"\n");
    Files.writeString(outside.resolve("params.json"), """
        { "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0", "parameters": { "name": { "value": "CANARY_PARAMS" } } }
        """);
  }

  static String terraformVnet(String name) {
    return """
        resource "azurerm_virtual_network" "v" {
          name                = "%s"
          address_space       = ["10.9.0.0/16"]
          location            = "westeurope"
          resource_group_name = "rg"
        }
        resource "azurerm_subnet" "gw" {
          name                 = "GatewaySubnet"
          virtual_network_name = azurerm_virtual_network.v.name
          resource_group_name  = "rg"
          address_prefixes     = ["10.9.255.0/29"]
        }
        """.formatted(name);
  }

  static String armTemplate(String name) {
    return """
        { %s, "contentVersion": "1.0.0.0",
          "resources": [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01",
            "name": "%s", "location": "westeurope",
            "properties": { "addressSpace": { "addressPrefixes": ["10.9.0.0/16"] },
              "subnets": [ { "name": "GatewaySubnet", "properties": { "addressPrefix": "10.9.255.0/29" } } ] } } ] }
        """.formatted(SCHEMA, name);
  }

  static String bicepVnet(String name) {
    return bicepVnetNamed("'" + name + "'");
  }

  static String bicepVnetNamed(String nameExpression) {
    return """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: %s
          location: 'westeurope'
          properties: {
            addressSpace: { addressPrefixes: ['10.9.0.0/16'] }
            subnets: [ { name: 'GatewaySubnet', properties: { addressPrefix: '10.9.255.0/29' } } ]
          }
        }
        """.formatted(nameExpression);
  }

  /** The scan in every output format; everything printed, joined. */
  record Outputs(List<Integer> exitCodes, String all) {
    Outputs lacks(String text) {
      int at = all.indexOf(text);
      assertThat(at).as("'%s' printed: ...%s...", text, all.substring(Math.max(0, at - 300),
          Math.min(all.length(), at + 200))).isEqualTo(-1);
      return this;
    }

    Outputs has(String text) {
      assertThat(all.contains(text)).as("'%s' not printed (exit codes %s); first lines:%n%s", text, exitCodes,
          all.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).limit(15)
              .reduce("", (a, b) -> a + b + "\n")).isTrue();
      return this;
    }
  }

  Outputs scanAllFormats(String... extra) {
    return scanAllFormats(false, extra);
  }

  /** With {@code explicitPath}, {@code extra} names the scanned paths itself. */
  Outputs scanAllFormats(boolean explicitPath, String... extra) {
    List<Integer> codes = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (String[] format : new String[][] {{"--format", "text", "--verbose"}, {"--format", "json"},
        {"--format", "sarif"}, {"--format", "github"}}) {
      List<String> args = new ArrayList<>(List.of("scan", "--root", root.toString(), "--color", "never",
          "--no-config"));
      args.addAll(List.of(format));
      args.addAll(List.of(extra));
      if (!explicitPath) {
        args.add(root.toString());
      }
      HostileRun run = HostileRun.of(args.toArray(String[]::new));
      codes.add(run.exitCode());
      all.append(run.out()).append('\n').append(run.err()).append('\n');
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    return new Outputs(codes, all.toString());
  }

  @Test
  void terraformModuleSourceEscapingTheRoot() throws IOException {
    Files.writeString(root.resolve("main.tf"), "module \"m\" {\n  source = \"../outside/mod\"\n}\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_TF_MODULE").has("main.tf:2:")
        .has("outside the scan root");
    assertThat(o.exitCodes()).as("a reference that is not followed is a warning").containsOnly(0);
  }

  @Test
  void terraformModuleSourceAllowedOutsideTheRootIsRead() throws IOException {
    Files.writeString(root.resolve("main.tf"), "module \"m\" {\n  source = \"../outside/mod\"\n}\n");
    Outputs o = scanAllFormats("--allow-outside-root");
    o.has("CANARY_TF_MODULE"); // the control: the canary is found when the file is read
  }

  @Test
  void terraformModuleAbsoluteSource() throws IOException {
    Files.writeString(root.resolve("main.tf"),
        "module \"m\" {\n  source = \"" + outside.resolve("mod").toString().replace('\\', '/') + "\"\n}\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_TF_MODULE").has("main.tf:2:").has("not available locally");
  }

  @Test
  void terraformModuleThroughADirectorySymlink() throws IOException {
    Files.createSymbolicLink(root.resolve("linked"), outside.resolve("mod"));
    Files.writeString(root.resolve("main.tf"), "module \"m\" {\n  source = \"./linked\"\n}\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_TF_MODULE").has("main.tf:2:")
        .has("outside the scan root");
    assertThat(o.exitCodes()).as("a reference that is not followed is a warning").containsOnly(0);
  }

  @Test
  void terraformModuleInsideTheRootIsRead() throws IOException {
    Files.createDirectories(root.resolve("mod"));
    Files.copy(outside.resolve("mod/main.tf"), root.resolve("mod/main.tf"));
    Files.writeString(root.resolve("main.tf"), "module \"m\" {\n  source = \"./mod\"\n}\n");
    scanAllFormats().has("CANARY_TF_MODULE");
  }

  @Test
  void terraformManifestPointingOutside() throws IOException {
    Path modules = Files.createDirectories(root.resolve(".terraform/modules"));
    Files.writeString(modules.resolve("modules.json"),
        "{\"Modules\":[{\"Key\":\"m\",\"Source\":\"registry.terraform.io/x/y/azurerm\",\"Dir\":\"../outside/mod\"}]}");
    Files.writeString(root.resolve("main.tf"), "module \"m\" {\n  source = \"x/y/azurerm\"\n}\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_TF_MODULE").has("main.tf:2:");
  }

  @Test
  void terraformFileFunctionsReadNothing() throws IOException {
    Files.copy(outside.resolve("secret.txt"), root.resolve("inside.txt"));
    Files.writeString(root.resolve("main.tf"), """
        locals {
          a = file("../outside/secret.txt")
          b = filebase64("${path.module}/../outside/secret.txt")
          c = templatefile("../outside/secret.txt", {})
          d = file("inside.txt")
          e = fileexists("../outside/secret.txt") ? "yes" : "no"
        }
        """ + terraformVnet("${local.a}${local.b}${local.c}${local.d}${local.e}"));
    Outputs o = scanAllFormats();
    o.lacks("CANARY_LOAD_TEXT")
        .lacks(java.util.Base64.getEncoder().encodeToString("CANARY_LOAD_TEXT".getBytes()));
  }

  @Test
  void armLinkedTemplateEscapingTheRoot() throws IOException {
    Files.writeString(root.resolve("main.json"), """
        { %s, "contentVersion": "1.0.0.0",
          "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d",
            "properties": { "mode": "Incremental",
              "templateLink": { "relativePath": "../outside/linked.json" } } } ] }
        """.formatted(SCHEMA));
    Outputs o = scanAllFormats();
    o.lacks("CANARY_ARM_LINKED").has("main.json:")
        .has("outside the scan root");
    assertThat(o.exitCodes()).as("a reference that is not followed is a warning").containsOnly(0);
  }

  @Test
  void armLinkedTemplateThroughAFileSymlink() throws IOException {
    Files.createSymbolicLink(root.resolve("linked.json"), outside.resolve("linked.json"));
    Files.writeString(root.resolve("main.json"), """
        { %s, "contentVersion": "1.0.0.0",
          "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d",
            "properties": { "mode": "Incremental", "templateLink": { "relativePath": "linked.json" } } } ] }
        """.formatted(SCHEMA));
    Outputs o = scanAllFormats();
    o.lacks("CANARY_ARM_LINKED").has("main.json:");
  }

  @Test
  void armLinkedTemplateInsideTheRootIsRead() throws IOException {
    Files.copy(outside.resolve("linked.json"), Files.createDirectories(root.resolve("nested")).resolve("l.json"));
    Files.writeString(root.resolve("main.json"), """
        { %s, "contentVersion": "1.0.0.0",
          "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d",
            "properties": { "mode": "Incremental", "templateLink": { "relativePath": "nested/l.json" } } } ] }
        """.formatted(SCHEMA));
    scanAllFormats().has("CANARY_ARM_LINKED");
  }

  @Test
  void bicepLoadFunctionsReadNothing() throws IOException {
    Files.copy(outside.resolve("secret.txt"), root.resolve("inside.txt"));
    Files.writeString(root.resolve("main.bicep"), """
        var a = loadTextContent('../outside/secret.txt')
        var b = loadFileAsBase64('../outside/secret.txt')
        var c = loadJsonContent('../outside/params.json')
        var d = loadTextContent('inside.txt')
        """ + bicepVnetNamed("'${a}${b}${string(c)}${d}'"));
    Outputs o = scanAllFormats();
    o.lacks("CANARY_LOAD_TEXT").lacks("CANARY_PARAMS")
        .lacks(java.util.Base64.getEncoder().encodeToString("CANARY_LOAD_TEXT".getBytes()));
  }

  @Test
  void bicepModuleEscapingTheRoot() throws IOException {
    Files.writeString(root.resolve("main.bicep"), "module m '../outside/mod.bicep' = {\n  name: 'm'\n}\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_BICEP_MODULE").has("main.bicep:1:")
        .has("outside the scan root");
    assertThat(o.exitCodes()).as("a reference that is not followed is a warning").containsOnly(0);
  }

  @Test
  void bicepModuleThroughAFileSymlink() throws IOException {
    Files.createSymbolicLink(root.resolve("mod.bicep.link"), outside.resolve("mod.bicep"));
    Files.createSymbolicLink(root.resolve("linkdir"), outside);
    Files.writeString(root.resolve("main.bicep"), """
        module m 'linkdir/mod.bicep' = {
          name: 'm'
        }
        """);
    Outputs o = scanAllFormats();
    o.lacks("CANARY_BICEP_MODULE").has("main.bicep:1:")
        .has("outside the scan root");
  }

  @Test
  void bicepModuleInsideTheRootIsRead() throws IOException {
    Files.copy(outside.resolve("mod.bicep"), root.resolve("mod.bicep"));
    Files.writeString(root.resolve("main.bicep"), "module m 'mod.bicep' = {\n  name: 'm'\n}\n");
    scanAllFormats().has("CANARY_BICEP_MODULE");
  }

  @Test
  void bicepparamUsingAFileOutside() throws IOException {
    Files.writeString(root.resolve("main.bicepparam"), "using '../outside/main.bicep'\nparam n = 'y'\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_BICEP_USING").has("main.bicepparam:1:").has("outside the scan root");
    assertThat(o.exitCodes()).as("a reference that is not followed is a warning").containsOnly(0);
  }

  @Test
  void parameterAndVariableFilesFoundNextToTheInputAreNotFollowedOutside() throws IOException {
    Files.createSymbolicLink(root.resolve("main.parameters.json"), outside.resolve("params.json"));
    Files.writeString(root.resolve("main.json"), armTemplate("[parameters('name')]").replace("\"resources\"",
        "\"parameters\": { \"name\": { \"type\": \"string\", \"defaultValue\": \"vnet-default\" } }, \"resources\""));
    Path tf = Files.createDirectories(root.resolve("tf"));
    Files.createSymbolicLink(tf.resolve("terraform.tfvars"), outside.resolve("vars.tfvars"));
    Files.createSymbolicLink(tf.resolve("x.auto.tfvars"), outside.resolve("vars.tfvars"));
    Files.writeString(tf.resolve("main.tf"), "variable \"name\" {\n  default = \"x\"\n}\n"
        + terraformVnet("${var.name}"));
    Outputs o = scanAllFormats();
    o.lacks("CANARY_PARAMS").lacks("CANARY_VAR_FILE").has("VNL902");
  }

  @Test
  void symlinkedFilesAndDirectoriesLeavingTheRootAreNotScanned() throws IOException {
    Files.createSymbolicLink(root.resolve("out.tf"), outside.resolve("mod/main.tf"));
    Files.createSymbolicLink(root.resolve("outdir"), outside);
    Files.writeString(root.resolve("ok.tf"), "locals {\n  a = 1\n}\n");
    Outputs o = scanAllFormats();
    o.lacks("CANARY_TF_MODULE").lacks("CANARY_ARM_LINKED")
        .lacks("CANARY_BICEP_MODULE");
    assertThat(o.exitCodes()).containsOnly(0);
  }

  @Test
  void symlinkedFileNamedExplicitlyIsRefused() throws IOException {
    Files.createSymbolicLink(root.resolve("out.tf"), outside.resolve("mod/main.tf"));
    Outputs o = scanAllFormats(true, root.resolve("out.tf").toString());
    o.lacks("CANARY_TF_MODULE").has("outside the scan root");
    assertThat(o.exitCodes()).containsOnly(2);
  }

  @Test
  void symlinkLoopsEndTheWalk() throws IOException {
    Files.createSymbolicLink(root.resolve("a.tf"), root.resolve("b.tf"));
    Files.createSymbolicLink(root.resolve("b.tf"), root.resolve("a.tf"));
    Path sub = Files.createDirectories(root.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("up"), root);
    Files.createSymbolicLink(sub.resolve("self"), sub);
    Files.writeString(sub.resolve("main.tf"), terraformVnet("vnet-inside"));
    Outputs o = scanAllFormats();
    o.has("vnet-inside").has("VNL902");
    assertThat(o.exitCodes()).containsOnly(0); // VNL902 is a warning
  }

  @Test
  void varFileOutsideTheRoot() throws IOException {
    Files.writeString(root.resolve("main.tf"), "variable \"name\" {\n  default = \"x\"\n}\n"
        + terraformVnet("${var.name}"));
    Outputs o = scanAllFormats("--var-file", outside.resolve("vars.tfvars").toString());
    o.lacks("CANARY_VAR_FILE").has("outside the scan root");
    assertThat(o.exitCodes()).containsOnly(2);
  }

  @Test
  void varFileSymlinkedFromInsideTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("link.tfvars"), outside.resolve("vars.tfvars"));
    Files.writeString(root.resolve("main.tf"), "variable \"name\" {\n  default = \"x\"\n}\n"
        + terraformVnet("${var.name}"));
    Outputs o = scanAllFormats("--var-file", root.resolve("link.tfvars").toString());
    o.lacks("CANARY_VAR_FILE").has("outside the scan root");
    assertThat(o.exitCodes()).containsOnly(2);
  }

  @Test
  void varFileInsideTheRootIsRead() throws IOException {
    Files.copy(outside.resolve("vars.tfvars"), root.resolve("v.tfvars"));
    Files.writeString(root.resolve("main.tf"), "variable \"name\" {\n  default = \"x\"\n}\n"
        + terraformVnet("${var.name}"));
    scanAllFormats("--var-file", root.resolve("v.tfvars").toString()).has("CANARY_VAR_FILE");
  }

  @Test
  void parameterFileSymlinkedFromInsideTheRoot() throws IOException {
    Files.createSymbolicLink(root.resolve("p.json"), outside.resolve("params.json"));
    Files.writeString(root.resolve("main.json"), armTemplate("[parameters('name')]").replace("\"resources\"",
        "\"parameters\": { \"name\": { \"type\": \"string\" } }, \"resources\""));
    Outputs o = scanAllFormats("--parameters", root.resolve("p.json").toString());
    o.lacks("CANARY_PARAMS").has("outside the scan root");
    assertThat(o.exitCodes()).containsOnly(2);
  }

  /**
   * Decision: a .vnetlint.yaml may itself sit above the scan root (it is looked up to the repository root), but the
   * files it lists are scan input and must be inside the root like --var-file and --parameters: exit code 2.
   */
  @Test
  void configListingFilesOutsideTheRoot() throws IOException {
    Files.writeString(root.resolve("main.tf"), "variable \"name\" {\n  default = \"x\"\n}\n"
        + terraformVnet("${var.name}"));
    Files.writeString(root.resolve(".vnetlint.yaml"), "terraform:\n  var-files: [../outside/vars.tfvars]\n"
        + "arm:\n  parameters:\n    main.json: [../outside/params.json]\n");
    HostileRun run = HostileRun.of("scan", "--root", root.toString(), "--color", "never", "--config",
        root.resolve(".vnetlint.yaml").toString(), root.toString());
    new Outputs(List.of(run.exitCode()), run.out() + run.err()).lacks("CANARY_VAR_FILE").lacks("CANARY_PARAMS")
        .has("outside the scan root");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
