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
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linked templates by relative path, reference() by resource name, existing resources of languageVersion 2.0. */
class CompleteEvaluationTest {
  @TempDir
  Path root;

  private static final String SPOKE = template("""
      "parameters": {"name": {"type": "string"}, "prefix": {"type": "string", "defaultValue": "10.9.0.0/16"}},
      "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
                     "name": "[parameters('name')]",
                     "properties": {"addressSpace": {"addressPrefixes": ["[parameters('prefix')]"]}}}]""");

  private static String deployment(String name, String link, String parameters) {
    return template("""
        "resources": [{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "%s",
          "resourceGroup": "rg-spoke",
          "properties": {"mode": "Incremental", "templateLink": %s, "parameters": {%s}}}]"""
        .formatted(name, link, parameters));
  }

  @Test
  void relativePathLinkedTemplatesRunWithTheParametersThePassAndAreNotAnalyzedAlone() {
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", deployment("spoke", "{\"relativePath\": \"modules/spoke.json\"}",
            "\"name\": {\"value\": \"[concat('spoke', '-1')]\"}, \"prefix\": {\"value\": \"10.1.0.0/16\"}"))
        .write("modules/spoke.json", SPOKE)
        .load();
    VirtualNetwork vnet = only(result, VirtualNetwork.class);
    assertThat(vnet.header().id()).isEqualTo(
        new ResourceId(null, "rg-spoke", "Microsoft.Network/virtualNetworks", List.of("spoke-1")));
    assertThat(vnet.addressSpace().known().orElseThrow().prefixes()).extracting(p -> p.text())
        .containsExactly("10.1.0.0/16");
    assertThat(vnet.header().origin()).isEqualTo(new Origin("main.json", null));
    assertThat(vnet.header().range().file()).isEqualTo("modules/spoke.json");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.filesRead()).contains("main.json", "modules/spoke.json");
  }

  @Test
  void linkedTemplatesResolveRelativeToTheirReferrerAndChain() {
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", deployment("outer", "{\"relativePath\": \"a/middle.json\"}", ""))
        .write("a/middle.json", deployment("inner", "{\"relativePath\": \"../b/spoke.json\"}",
            "\"name\": {\"value\": \"deep\"}"))
        .write("b/spoke.json", SPOKE)
        .load();
    assertThat(only(result, VirtualNetwork.class).header().displayName()).isEqualTo("deep");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void linksOutsideTheRootByUriOrInCyclesAreWarningsAndUnknown() throws Exception {
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("spoke.json"), SPOKE);
    FrontEnd.Result result = new ArmScan(root.resolve("scan"))
        .write("up.json", deployment("up", "{\"relativePath\": \"../../" + outside.getFileName() + "/spoke.json\"}",
            "\"name\": {\"value\": \"x\"}"))
        .write("uri.json", deployment("uri", "{\"uri\": \"https://example.com/spoke.json\"}", ""))
        .write("missing.json", deployment("missing", "{\"relativePath\": \"nope.json\"}", ""))
        .write("self.json", deployment("self", "{\"relativePath\": \"self.json\"}", ""))
        .load();
    assertThat(all(result, VirtualNetwork.class)).isEmpty();
    assertThat(result.diagnostics()).allMatch(d -> d.kind() == Diagnostic.Kind.WARNING);
    assertThat(result.diagnostics()).extracting(d -> d.range().file() + " " + d.code() + " " + d.message())
        .containsExactlyInAnyOrder(
            "up.json linked-template the linked template '../../" + outside.getFileName()
                + "/spoke.json' is not analyzed: it is outside the scan root",
            "uri.json linked-template deployment 'uri' uses a linked template by URI or id, which is not analyzed",
            "missing.json linked-template the linked template 'nope.json' is not analyzed: it is not a file inside "
                + "the scan root",
            "self.json linked-template-cycle deployment 'self' links 'self.json', which is already being deployed "
                + "by this chain");
  }

  @Test
  void symbolicLinksLeavingTheRootAreNotFollowed() throws Exception {
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("spoke.json"), SPOKE);
    Files.createDirectories(root.resolve("mods"));
    Files.createSymbolicLink(root.resolve("mods/spoke.json"), outside.resolve("spoke.json"));
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", deployment("s", "{\"relativePath\": \"mods/spoke.json\"}", "\"name\": {\"value\": \"x\"}"))
        .load();
    assertThat(all(result, VirtualNetwork.class)).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("linked-template");
  }

  @Test
  void referenceByResourceNameInATemplateWithAResourcesArray() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "resources": [
          {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-04-01", "name": "gw-pip"},
          {"type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "onprem",
           "properties": {"gatewayIpAddress": "[reference('gw-pip').ipAddress]"}},
          {"type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "other",
           "properties": {"gatewayIpAddress": "[reference('undeclared').ipAddress]"}}
        ]""")).load();
    List<LocalNetworkGateway> gateways = all(result, LocalNetworkGateway.class);
    assertThat(gateways).hasSize(2);
    assertThat(gateways.get(0).gatewayIpAddress().unknownReason()).isPresent();
    assertThat(gateways.get(0).gatewayPublicIp().known()).contains(
        new ResourceRef.ById(ResourceId.of("Microsoft.Network/publicIPAddresses", "gw-pip")));
    assertThat(gateways.get(1).gatewayPublicIp().known()).isEmpty();
  }

  @Test
  void existingResourcesOfLanguageVersion2AreReferencesAtTheirOwnScope() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "languageVersion": "2.0",
        "resources": {
          "pip": {"existing": true, "type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-04-01",
                  "name": "shared-pip", "resourceGroup": "rg-shared", "subscriptionId": "sub-1"},
          "lng": {"type": "Microsoft.Network/localNetworkGateways", "apiVersion": "2023-04-01", "name": "onprem",
                  "properties": {"gatewayIpAddress": "[reference('pip').ipAddress]"}}
        }""")).load();
    assertThat(result.resources()).hasSize(1); // the existing public IP is not declared
    LocalNetworkGateway lng = only(result, LocalNetworkGateway.class);
    assertThat(lng.gatewayPublicIp().known()).contains(new ResourceRef.ById(new ResourceId("sub-1", "rg-shared",
        "Microsoft.Network/publicIPAddresses", List.of("shared-pip"))));
  }

  @Test
  void userDefinedFunctionsSeeOnlyTheirOwnParameters() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "functions": [{"namespace": "net", "members": {
          "vnetName": {"parameters": [{"name": "env", "type": "string"}, {"name": "n", "type": "int"}],
                       "output": {"type": "string", "value": "[format('vnet-{0}-{1}', parameters('env'), parameters('n'))]"}},
          "space": {"parameters": [{"name": "i", "type": "int"}],
                    "output": {"type": "array", "value": ["[cidrSubnet('10.0.0.0/8', 16, parameters('i'))]", "192.168.0.0/24"]}},
          "leaky": {"parameters": [], "output": {"type": "string", "value": "[variables('secretish')]"}},
          "nested": {"parameters": [{"name": "x", "type": "int"}],
                     "output": {"type": "string", "value": "[net.vnetName('n', parameters('x'))]"}}
        }}],
        "parameters": {"env": {"type": "string", "defaultValue": "prod"}},
        "variables": {"secretish": "caller-only"},
        "resources": [
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
           "name": "[NET.vnetName(parameters('env'), 3)]",
           "properties": {"addressSpace": {"addressPrefixes": "[net.space(5)]"}}},
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[net.nested(7)]",
           "properties": {"addressSpace": {"addressPrefixes": ["[net.leaky()]", "[other.fn()]", "[net.space()]"]}}}
        ]""")).load();
    List<VirtualNetwork> vnets = all(result, VirtualNetwork.class);
    assertThat(vnets).extracting(v -> v.header().displayName()).containsExactly("vnet-prod-3", "vnet-n-7");
    assertThat(vnets.get(0).addressSpace().known().orElseThrow().prefixes()).extracting(p -> p.text())
        .containsExactly("10.5.0.0/16", "192.168.0.0/24");
    assertThat(vnets.get(1).addressSpace().known().orElseThrow().unknowns()).extracting(u -> u.reason())
        .containsExactly("user-defined function net.leaky() cannot use variables",
            "user-defined function 'other.fn' is not declared", "net.space() expects 1 argument, got 0");
  }

  @Test
  void outputsOfNestedAndLinkedDeploymentsAreAvailableToTheCaller() {
    String spokeWithOutputs = template("""
        "parameters": {"name": {"type": "string"}},
        "resources": [],
        "outputs": {"vnetName": {"type": "string", "value": "[concat(parameters('name'), '-vnet')]"},
                    "prefixes": {"type": "array", "copy": {"count": 2, "input": "[cidrSubnet('10.7.0.0/16', 24, copyIndex())]"}},
                    "key": {"type": "securestring", "value": "s3cret"}}""");
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "resources": [
          {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "linked",
           "properties": {"mode": "Incremental", "templateLink": {"relativePath": "spoke.json"},
                          "parameters": {"name": {"value": "a"}}}},
          {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "inline",
           "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
                          "parameters": {"name": {"value": "b"}}, "template": %s}},
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
           "name": "[reference('linked').outputs.vnetName.value]",
           "properties": {"addressSpace": {"addressPrefixes": "[reference('linked').outputs.prefixes.value]"}}},
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
           "name": "[reference(resourceId('Microsoft.Resources/deployments', 'inline')).outputs.vnetName.value]",
           "properties": {"addressSpace": {"addressPrefixes": ["[reference('inline').outputs.key.value]"]}}}
        ]""".formatted(spokeWithOutputs))).write("spoke.json", spokeWithOutputs).load();
    List<VirtualNetwork> vnets = all(result, VirtualNetwork.class);
    assertThat(vnets).extracting(v -> v.header().displayName()).containsExactly("a-vnet", "b-vnet");
    assertThat(vnets.get(0).addressSpace().known().orElseThrow().prefixes()).extracting(p -> p.text())
        .containsExactly("10.7.0.0/24", "10.7.1.0/24");
    assertThat(vnets.get(1).addressSpace().known()).isPresent();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void namedResourceLoopsWithPropertyLoopsOffsetsVariableCopyAndConditions() {
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "variables": {"copy": [{"name": "spokes", "count": 3, "input": "[format('spoke{0}', copyIndex('spokes', 1))]"}]},
        "resources": [{
          "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
          "name": "[variables('spokes')[copyIndex()]]",
          "condition": "[not(equals(copyIndex(), 1))]",
          "copy": {"name": "vnets", "count": "[length(variables('spokes'))]"},
          "properties": {
            "addressSpace": {"addressPrefixes": ["[cidrSubnet('10.0.0.0/8', 16, copyIndex('vnets'))]"]},
            "copy": [{"name": "subnets", "count": 2, "input": {
              "name": "[format('sn{0}', copyIndex('subnets', 1))]",
              "properties": {"addressPrefix": "[cidrSubnet(cidrSubnet('10.0.0.0/8', 16, copyIndex('vnets')), 24, copyIndex('subnets'))]"}}}]
          }
        }]""")).load();
    List<VirtualNetwork> vnets = all(result, VirtualNetwork.class);
    assertThat(vnets).extracting(v -> v.header().displayName()).containsExactly("spoke1", "spoke3");
    assertThat(vnets.get(1).addressSpace().known().orElseThrow().prefixes()).extracting(p -> p.text())
        .containsExactly("10.2.0.0/16");
    assertThat(all(result, io.vnetlint.model.azure.Subnet.class))
        .extracting(sn -> sn.header().displayName() + "=" + sn.addressPrefixes().known().orElseThrow().prefixes())
        .containsExactly("sn1=[10.0.0.0/24]", "sn2=[10.0.1.0/24]", "sn1=[10.2.0.0/24]", "sn2=[10.2.1.0/24]");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void recursiveAndExplodingUserDefinedFunctionsAreUnknown() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      // each function calls the next one twice: 2^30 calls if nothing stopped it
      members.append("\"f%d\": {\"parameters\": [], \"output\": {\"type\": \"string\", \"value\": \"[concat(n.f%d(), n.f%d())]\"}},"
          .formatted(i, i + 1, i + 1));
    }
    members.append("\"f30\": {\"parameters\": [], \"output\": {\"type\": \"string\", \"value\": \"x\"}},");
    members.append("\"self\": {\"parameters\": [], \"output\": {\"type\": \"string\", \"value\": \"[n.self()]\"}}");
    FrontEnd.Result result = new ArmScan(root).write("main.json", template("""
        "functions": [{"namespace": "n", "members": {%s}}],
        "resources": [
          {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "a",
           "properties": {"addressSpace": {"addressPrefixes": ["[n.self()]", "[n.f0()]"]}}}
        ]""".formatted(members))).load();
    VirtualNetwork vnet = only(result, VirtualNetwork.class);
    List<String> reasons = vnet.addressSpace().known().orElseThrow().unknowns().stream().map(u -> u.reason()).toList();
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(0)).isEqualTo("n.self() calls itself, which Azure rejects");
    assertThat(reasons.get(1)).matches("n\\.f\\d+\\(\\) is not evaluated: more than 10000 user-defined function calls "
        + "in this deployment");
  }

  @Test
  void outputsThatReadEachOtherThroughLinksAreUnknownNotEndless() {
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", template("""
            "resources": [
              {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "toB",
               "properties": {"mode": "Incremental", "templateLink": {"relativePath": "b.json"}}},
              {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "v",
               "properties": {"addressSpace": {"addressPrefixes": ["[reference('toB').outputs.x.value]"]}}}
            ],
            "outputs": {"y": {"type": "string", "value": "[reference('toB').outputs.x.value]"}}"""))
        .write("b.json", template("""
            "resources": [
              {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "toMain",
               "properties": {"mode": "Incremental", "templateLink": {"relativePath": "main.json"}}}
            ],
            "outputs": {"x": {"type": "string", "value": "[reference('toMain').outputs.y.value]"}}"""))
        .load();
    assertThat(result.diagnostics()).extracting(d -> d.range().file() + " " + d.code()).containsExactlyInAnyOrder(
        "b.json linked-template-cycle", "main.json linked-template-cycle");
    // each file of the cycle is analyzed on its own, and deploys the other once
    assertThat(all(result, VirtualNetwork.class)).extracting(v -> v.header().origin().file())
        .containsExactlyInAnyOrder("main.json", "b.json");
    assertThat(all(result, VirtualNetwork.class)).isNotEmpty()
        .allSatisfy(v -> assertThat(v.addressSpace().known().orElseThrow().unknowns()).isNotEmpty());
  }
}
