package io.vnetlint.arm.template;

import static io.vnetlint.arm.ArmScan.all;
import static io.vnetlint.arm.ArmScan.only;
import static io.vnetlint.arm.ArmScan.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.ArmScan;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEvaluationTest {
  @TempDir
  Path root;

  private static final String VNET_WITH_PARAMETER = template("""
      "parameters": {
        "vnetName": {"type": "string", "defaultValue": "[concat('vnet-', parameters('env'))]"},
        "env": {"type": "string", "defaultValue": "dev"},
        "prefix": {"type": "string"}
      },
      "resources": [
        {
          "type": "Microsoft.Network/virtualNetworks",
          "apiVersion": "2023-04-01",
          "name": "[parameters('vnetName')]",
          "properties": {"addressSpace": {"addressPrefixes": ["[parameters('prefix')]"]}}
        }
      ]""");

  private static List<String> names(FrontEnd.Result result, Class<? extends AzureResource> type) {
    return all(result, type).stream().map(r -> r.header().displayName()).toList();
  }

  @Test
  void parameterDefaultsMayBeExpressionsAndMissingValuesAreUnknown() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", VNET_WITH_PARAMETER).load();
    VirtualNetwork vnet = only(result, VirtualNetwork.class);
    assertThat(vnet.header().displayName()).isEqualTo("vnet-dev");
    assertThat(vnet.header().origin()).isEqualTo(new Origin("main.json", null));
    assertThat(vnet.addressSpace().known().orElseThrow().unknowns())
        .extracting(u -> u.reason()).containsExactly("parameter 'prefix' has no value");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesRead()).containsExactly("main.json");
  }

  @Test
  void eachParameterFileBesideTheTemplateIsADeploymentVariant() {
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", VNET_WITH_PARAMETER)
        .write("main.parameters.json", parameters("\"env\": {\"value\": \"test\"}, \"prefix\": {\"value\": \"10.1.0.0/16\"}"))
        .write("main.parameters.prod.json", parameters("\"env\": {\"value\": \"prod\"}"))
        .write("other.parameters.json", parameters("\"env\": {\"value\": \"other\"}"))
        .load();
    List<VirtualNetwork> vnets = all(result, VirtualNetwork.class);
    assertThat(vnets).extracting(v -> v.header().displayName()).containsExactly("vnet-test", "vnet-prod");
    assertThat(vnets).extracting(v -> v.header().origin()).containsExactly(
        new Origin("main.json", "main.parameters.json"), new Origin("main.json", "main.parameters.prod.json"));
    assertThat(vnets.get(0).addressSpace().known().orElseThrow().describe()).isEqualTo("10.1.0.0/16");
    assertThat(result.filesRead()).containsExactly("main.json", "main.parameters.json", "main.parameters.prod.json");
  }

  @Test
  void explicitParameterFilesReplaceThePairing() {
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", VNET_WITH_PARAMETER)
        .write("main.parameters.json", parameters("\"env\": {\"value\": \"test\"}"))
        .write("params/ci.json", parameters("\"env\": {\"value\": \"ci\"}"))
        .parameters("params/ci.json")
        .load();
    assertThat(names(result, VirtualNetwork.class)).containsExactly("vnet-ci");
    assertThat(only(result, VirtualNetwork.class).header().origin()).isEqualTo(new Origin("main.json", "params/ci.json"));
  }

  @Test
  void keyVaultReferencesAndSecureParametersAreSensitive() {
    String connection = template("""
        "parameters": {"key": {"type": "securestring", "defaultValue": "default-secret"}},
        "resources": [{
          "type": "Microsoft.Network/connections", "apiVersion": "2023-04-01", "name": "c1",
          "properties": {"connectionType": "IPsec", "sharedKey": "[parameters('key')]"}
        }]""");
    FrontEnd.Result defaults = new ArmScan(root.resolve("a")).write("main.json", connection).load();
    Connection c = only(defaults, Connection.class);
    assertThat(c.sharedKey().isKnown()).isTrue();
    // the default's literal and the place it is used are both redacted in outputs
    assertThat(defaults.sensitiveRanges()).extracting(r -> r.startLine()).contains(4, 7);

    FrontEnd.Result vault = new ArmScan(root.resolve("b")).write("main.json", connection)
        .write("main.parameters.json", parameters("""
            "key": {"reference": {"keyVault": {"id": "/subscriptions/s/resourceGroups/r/providers/Microsoft.KeyVault/vaults/v"}, "secretName": "k"}}"""))
        .load();
    Connection fromVault = only(vault, Connection.class);
    assertThat(fromVault.sharedKey().unknownReason()).contains("parameter 'key' is a Key Vault reference");
    assertThat(vault.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains("default-secret"));
  }

  @Test
  void variablesAreLazyAndCyclesAreUnknown() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "variables": {
          "base": "hub",
          "name": "[concat(variables('base'), '-vnet')]",
          "loopA": "[variables('loopB')]",
          "loopB": "[variables('loopA')]",
          "copy": [{"name": "prefixes", "count": 2, "input": "[concat('10.', copyIndex('prefixes'), '.0.0/16')]"}]
        },
        "resources": [
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[variables('name')]",
           "properties": {"addressSpace": {"addressPrefixes": "[variables('prefixes')]"}}},
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[variables('loopA')]"}
        ]""")).load();
    List<VirtualNetwork> vnets = all(result, VirtualNetwork.class);
    assertThat(vnets.get(0).header().displayName()).isEqualTo("hub-vnet");
    assertThat(vnets.get(0).addressSpace().known().orElseThrow().describe()).isEqualTo("10.0.0.0/16, 10.1.0.0/16");
    assertThat(vnets.get(1).header().displayName()).startsWith("{unknown@main.json:");
  }

  @Test
  void resourceCopyLoopsMakeOneInstancePerIndex() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "parameters": {"n": {"type": "int"}},
        "resources": [
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
           "name": "[concat('spoke', copyIndex(1))]",
           "copy": {"name": "spokes", "count": 3},
           "properties": {"addressSpace": {"addressPrefixes": ["[concat('10.', copyIndex('spokes'), '.0.0/16')]"]}}},
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[concat('x', copyIndex())]",
           "copy": {"name": "unknownLoop", "count": "[parameters('n')]"}},
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[concat('y', copyIndex())]",
           "copy": {"name": "tooMany", "count": 801}}
        ]""")).load();
    assertThat(names(result, VirtualNetwork.class)).containsExactly("spoke1", "spoke2", "spoke3");
    assertThat(all(result, VirtualNetwork.class).get(2).addressSpace().known().orElseThrow().describe())
        .isEqualTo("10.2.0.0/16");
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("copy-count-unknown", "limit-exceeded");
    assertThat(result.diagnostics().get(0).message())
        .contains("Microsoft.Network/virtualNetworks").contains("parameter 'n' has no value");
    // an unknown count is a warning; a count beyond Azure's limit of 800 is an error (the file's limit is reached)
    assertThat(result.diagnostics()).extracting(Diagnostic::kind)
        .containsExactly(Diagnostic.Kind.WARNING, Diagnostic.Kind.ERROR);
    assertThat(result.diagnostics().get(1).message()).contains("801").contains("limit of 800");
  }

  @Test
  void propertyCopyBuildsArrays() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "resources": [{
          "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "hub",
          "properties": {
            "addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
            "copy": [{"name": "subnets", "count": 2,
                      "input": {"name": "[concat('snet', copyIndex('subnets'))]",
                                "properties": {"addressPrefix": "[concat('10.0.', copyIndex('subnets'), '.0/24')]"}}}]
          }
        }]""")).load();
    List<Subnet> subnets = all(result, Subnet.class);
    assertThat(subnets).extracting(s -> s.header().displayName()).containsExactly("snet0", "snet1");
    assertThat(subnets.get(1).addressPrefixes().known().orElseThrow().describe()).isEqualTo("10.0.1.0/24");
    assertThat(subnets).allMatch(Subnet::inline);
  }

  @Test
  void conditionsSkipResourcesAndUnknownConditionsWarn() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "parameters": {"deployHub": {"type": "bool"}, "deploySpoke": {"type": "bool", "defaultValue": false}},
        "resources": [
          {"condition": "[parameters('deploySpoke')]", "type": "Microsoft.Network/virtualNetworks",
           "apiVersion": "2023-04-01", "name": "spoke"},
          {"condition": "[parameters('deployHub')]", "type": "Microsoft.Network/virtualNetworks",
           "apiVersion": "2023-04-01", "name": "hub"},
          {"condition": "[not(parameters('deploySpoke'))]", "type": "Microsoft.Network/virtualNetworks",
           "apiVersion": "2023-04-01", "name": "always"},
          {"condition": "[parameters('deployHub')]", "type": "Microsoft.Storage/storageAccounts",
           "apiVersion": "2023-04-01", "name": "ignored"}
        ]""")).load();
    assertThat(names(result, VirtualNetwork.class)).containsExactly("always");
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.kind()).isEqualTo(Diagnostic.Kind.WARNING);
    assertThat(d.code()).isEqualTo("condition-unknown");
    assertThat(d.message()).isEqualTo("resource Microsoft.Network/virtualNetworks 'hub' is skipped: its condition "
        + "cannot be evaluated (parameter 'deployHub' has no value)");
    assertThat(d.range().startLine()).isEqualTo(8);
  }

  @Test
  void childResourcesNestedOrTopLevel() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "resources": [
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "hub",
           "resources": [
             {"type": "subnets", "apiVersion": "2023-04-01", "name": "GatewaySubnet",
              "properties": {"addressPrefix": "10.0.255.0/27"}},
             {"type": "virtualNetworkPeerings", "apiVersion": "2023-04-01", "name": "hub-to-spoke",
              "properties": {"remoteVirtualNetwork": {"id": "[resourceId('Microsoft.Network/virtualNetworks', 'spoke')]"}}}
           ]},
          {"type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2023-04-01", "name": "hub/app",
           "properties": {"addressPrefix": "10.0.1.0/24"}},
          {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-04-01", "name": "st",
           "resources": [{"type": "blobServices", "apiVersion": "2023-04-01", "name": "default"}]}
        ]""")).load();
    List<Subnet> subnets = all(result, Subnet.class);
    assertThat(subnets).extracting(s -> s.header().address()).containsExactly(
        "Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet",
        "Microsoft.Network/virtualNetworks/hub/subnets/app");
    assertThat(subnets).allMatch(s -> !s.inline());
    assertThat(subnets.get(0).virtualNetwork().known()).contains(
        new ResourceRef.ById(ResourceId.of("Microsoft.Network/virtualNetworks", "hub")));
    Peering peering = only(result, Peering.class);
    assertThat(peering.header().id()).isEqualTo(
        ResourceId.of("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "hub", "hub-to-spoke"));
    assertThat(peering.remoteVirtualNetwork().known()).contains(
        new ResourceRef.ById(ResourceId.of("Microsoft.Network/virtualNetworks", "spoke")));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void symbolicNameTemplatesOfLanguageVersion2() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "languageVersion": "2.0",
        "resources": {
          "pip": {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-04-01", "name": "gw-pip"},
          "existingVnet": {"existing": true, "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
                           "name": "elsewhere"},
          "lng": {"type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "onprem",
                  "properties": {"gatewayIpAddress": "[reference('pip').ipAddress]"},
                  "dependsOn": ["pip"]}
        }""")).load();
    assertThat(all(result, VirtualNetwork.class)).isEmpty();
    LocalNetworkGateway lng = only(result, LocalNetworkGateway.class);
    assertThat(lng.gatewayIpAddress().unknownReason()).contains("reference() reads the runtime state of a deployed resource");
    assertThat(lng.gatewayPublicIp().known()).contains(
        new ResourceRef.ById(ResourceId.of("Microsoft.Network/publicIPAddresses", "gw-pip")));
  }

  @Test
  void innerScopedNestedDeploymentsTakeTheirParametersAndPinnedResourceGroup() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "parameters": {"hubName": {"type": "string", "defaultValue": "hub"}},
        "resources": [{
          "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "hubDeployment",
          "resourceGroup": "rg-hub",
          "properties": {
            "mode": "Incremental",
            "expressionEvaluationOptions": {"scope": "inner"},
            "parameters": {"name": {"value": "[concat(parameters('hubName'), '-vnet')]"}},
            "template": {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {"name": {"type": "string"}, "hubName": {"type": "string", "defaultValue": "inner"}},
              "resources": [
                {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[parameters('name')]"},
                {"type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-04-01",
                 "name": "[concat(parameters('name'), '/to-spoke')]",
                 "properties": {"remoteVirtualNetwork": {"id": "[resourceId('Microsoft.Network/virtualNetworks', parameters('hubName'))]"}}}
              ]
            }
          }
        }]""")).load();
    VirtualNetwork vnet = only(result, VirtualNetwork.class);
    assertThat(vnet.header().id()).isEqualTo(
        new ResourceId(null, "rg-hub", "Microsoft.Network/virtualNetworks", List.of("hub-vnet")));
    Peering peering = only(result, Peering.class);
    assertThat(peering.remoteVirtualNetwork().known()).contains(new ResourceRef.ById(
        new ResourceId(null, "rg-hub", "Microsoft.Network/virtualNetworks", List.of("inner"))));
  }

  @Test
  void outerScopedNestedDeploymentsSeeTheParentsParameters() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "parameters": {"hubName": {"type": "string", "defaultValue": "hub"}},
        "resources": [{
          "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "nested",
          "properties": {
            "mode": "Incremental",
            "template": {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[parameters('hubName')]"},
                {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "innermost",
                 "properties": {
                   "expressionEvaluationOptions": {"scope": "inner"},
                   "parameters": {"p": {"value": "spoke"}},
                   "template": {
                     "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                     "parameters": {"p": {"type": "string"}},
                     "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
                                    "name": "[[parameters('p')]"}]
                   }
                 }}
              ]
            }
          }
        }]""")).load();
    assertThat(names(result, VirtualNetwork.class)).containsExactly("hub", "spoke");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void linkedTemplatesByUriAreOpaqueWithAWarning() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "resources": [{
          "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked",
          "properties": {"mode": "Incremental", "templateLink": {"uri": "https://example.com/t.json"}}
        }]""")).load();
    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("linked-template");
      assertThat(d.kind()).isEqualTo(Diagnostic.Kind.WARNING);
      assertThat(d.message()).isEqualTo("deployment 'linked' uses a linked template by URI or id, which is not analyzed");
    });
  }

  @Test
  void templatesOfEveryScopeAreDetected() {
    String subscriptionScope = """
        {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
         "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "a"}]}""";
    String managementGroupScope = """
        {"$schema": "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#",
         "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "b"}]}""";
    FrontEnd.Result result = new ArmScan(root).write("sub.json", subscriptionScope)
        .write("mg.json", managementGroupScope).load();
    assertThat(names(result, VirtualNetwork.class)).containsExactly("a", "b");
  }

  @Test
  void otherJsonFilesAreIgnoredQuietlyUnlessNamedOrTemplateLike() {
    FrontEnd.Result result = new ArmScan(root)
        .write("package.json", "{\"name\": \"x\"")
        .write("empty.json", "")
        .write("broken-template.json", "{\"$schema\": \"" + ArmScan.SCHEMA + "\", ")
        .write("named.json", "{\"a\": 1}")
        .explicit("named.json")
        .write("alone.parameters.json", parameters("\"x\": {\"value\": 1}"))
        .load();
    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics()).extracting(d -> d.kind() + " " + d.code() + " " + d.range().file())
        .containsExactly("ERROR parse-error broken-template.json", "WARNING not-an-arm-template named.json");
    assertThat(result.filesRead()).containsExactly("broken-template.json", "named.json");
  }

  @Test
  void parameterFilesAreNeverAnalyzedAsTemplates() {
    FrontEnd.Result result = new ArmScan(root)
        .write("azuredeploy.parameters.json", parameters("\"vnetName\": {\"value\": \"x\"}"))
        .explicit("azuredeploy.parameters.json")
        .load();
    assertThat(result.resources()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
  }

  private static String parameters(String members) {
    return "{\"$schema\": \"" + ArmScan.PARAMETERS_SCHEMA + "\", \"contentVersion\": \"1.0.0.0\",\n"
        + " \"parameters\": {" + members + "}}\n";
  }
}
