package io.vnetlint.bicep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.mapper.RawResource;
import io.vnetlint.bicep.syntax.BicepParseResult;
import io.vnetlint.bicep.syntax.BicepParser;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BicepEvaluatorTest {

  /** One evaluation of {@code main.bicep} (written into {@code dir}) with the given params. */
  private static Deployment run(Path dir, String bicep, Map<String, Value> params) throws IOException {
    Files.writeString(dir.resolve("main.bicep"), bicep);
    BicepParseResult parsed = BicepParser.parseBicep(SourceText.of("main.bicep", bicep));
    assertThat(parsed.diagnostics()).as("syntax").isEmpty();
    Deployment d = new Deployment(Origin.of("main.bicep"), new ModuleFiles(dir));
    new FileEvaluation(d, "main.bicep", parsed.program(), params, FileEvaluation.Placement.UNKNOWN, 0).run();
    return d;
  }

  private static RawResource only(Deployment d, String type) {
    List<RawResource> found = d.resources().stream().filter(r -> r.hasType(type)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Value at(Value v, String... path) {
    for (String key : path) {
      v = ((Value.Obj) v).get(key);
    }
    return v;
  }

  @Test
  void resourceTypeNameAndRangesFollowTheSource(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        param location string = 'westeurope'
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'hub-${location}'
          location: location
          properties: {
            addressSpace: {
              addressPrefixes: [
                '10.0.0.0/16'
              ]
            }
          }
        }
        """, Map.of());
    RawResource vnet = only(d, "Microsoft.Network/virtualNetworks");
    assertThat(vnet.names()).containsExactly("hub-westeurope");
    assertThat(vnet.namesKnown()).isTrue();
    assertThat(vnet.range().startLine()).isEqualTo(3);
    assertThat(vnet.range().startColumn()).isEqualTo(3);
    assertThat(vnet.range().endColumn()).isEqualTo("  name: 'hub-${location}'".length() + 1);
    Value.Member properties = vnet.body().member("properties").orElseThrow();
    assertThat(properties.keyRange().startLine()).isEqualTo(5);
    Value prefix = ((Value.Arr) at(vnet.body(), "properties", "addressSpace", "addressPrefixes")).items().get(0);
    assertThat(prefix).isInstanceOf(Value.Str.class);
    assertThat(prefix.range().startLine()).isEqualTo(8);
    assertThat(at(vnet.body(), "location")).isEqualTo(new Value.Str("westeurope", at(vnet.body(), "location").range()));
  }

  @Test
  void suppliedParamsWinOverDefaultsAndSecureParamsAreSensitive(@TempDir Path dir) throws IOException {
    String bicep = """
        param name string = 'a'
        @secure()
        param key string = 'Secret123'
        resource c 'Microsoft.Network/connections@2024-05-01' = {
          name: name
          properties: {
            connectionType: 'IPsec'
            sharedKey: key
          }
        }
        """;
    Deployment d = run(dir, bicep, Map.of("name", new Value.Str("b", io.vnetlint.model.SourceRange.fileStart("p"))));
    RawResource c = only(d, "Microsoft.Network/connections");
    assertThat(c.names()).containsExactly("b");
    Value key = at(c.body(), "properties", "sharedKey");
    assertThat(key.sensitive()).isTrue();
    assertThat(key.range().startLine()).isEqualTo(8);
    assertThat(d.sensitiveRanges()).anyMatch(r -> r.startLine() == 3);
  }

  @Test
  void symbolicReferencesBecomeResourceIdsAndChildrenGetFullNames(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'hub'
          properties: {
            addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
          }
          resource shared 'subnets' = {
            name: 'shared'
            properties: { addressPrefix: '10.0.1.0/24' }
          }
        }
        resource other 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
          name: 'other'
        }
        resource peering 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
          parent: hub
          name: 'to-other'
          properties: {
            remoteVirtualNetwork: { id: other.id }
            useRemoteGateways: true
            allowForwardedTraffic: hub::shared.name == 'shared'
          }
        }
        """, Map.of());
    assertThat(d.resources()).noneMatch(r -> r.names().contains("other"));
    RawResource subnet = only(d, "Microsoft.Network/virtualNetworks/subnets");
    assertThat(subnet.names()).containsExactly("hub", "shared");
    RawResource peering = only(d, "Microsoft.Network/virtualNetworks/virtualNetworkPeerings");
    assertThat(peering.names()).containsExactly("hub", "to-other");
    Value remote = at(peering.body(), "properties", "remoteVirtualNetwork", "id");
    assertThat(remote).isInstanceOf(Value.Ref.class);
    ResourceRef.ById ref = (ResourceRef.ById) ((Value.Ref) remote).ref();
    assertThat(ref.id().type()).isEqualTo("Microsoft.Network/virtualNetworks");
    assertThat(ref.id().names()).containsExactly("other");
    Value.Member urg = ((Value.Obj) peering.body().get("properties")).member("useRemoteGateways").orElseThrow();
    assertThat(urg.range().startLine()).isEqualTo(19);
    assertThat(at(peering.body(), "properties", "allowForwardedTraffic")).isEqualTo(
        new Value.Bool(true, at(peering.body(), "properties", "allowForwardedTraffic").range()));
  }

  @Test
  void loopsWithIndexAndFilterAndConditions(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        param deploy bool
        var names = [ 'a', 'b', 'c' ]
        resource nsgs 'Microsoft.Network/networkSecurityGroups@2024-05-01' = [for (n, i) in names: if (n != 'b') {
          name: '${n}-${i}'
        }]
        resource off 'Microsoft.Network/routeTables@2024-05-01' = if (false) {
          name: 'off'
        }
        resource maybe 'Microsoft.Network/routeTables@2024-05-01' = if (deploy) {
          name: 'maybe'
        }
        resource unknownLoop 'Microsoft.Network/publicIPAddresses@2024-05-01' = [for x in readEnvironmentVariable('X'): {
          name: x
        }]
        """, Map.of());
    assertThat(d.resources().stream().map(RawResource::name).toList()).containsExactlyInAnyOrder("a-0", "c-2");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("condition-unknown", "loop-unknown");
    assertThat(d.diagnostics()).allMatch(x -> x.kind() == Diagnostic.Kind.WARNING);
  }

  @Test
  void unknownsStayUnknownAndRuntimePropertiesRememberTheirResource(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        var a = b
        var b = a
        resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
          name: 'pip'
          properties: { publicIPAllocationMethod: 'Static' }
        }
        resource lgw 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
          name: 'lgw'
          properties: {
            gatewayIpAddress: pip.properties.ipAddress
            fqdn: a
            localNetworkAddressSpace: { addressPrefixes: [ readEnvironmentVariable('P') ] }
          }
        }
        """, Map.of());
    RawResource lgw = only(d, "Microsoft.Network/localNetworkGateways");
    Value ip = at(lgw.body(), "properties", "gatewayIpAddress");
    assertThat(ip).isInstanceOf(Value.Unknown.class);
    RuntimeFacts.Fact fact = d.facts().factOf(ip).orElseThrow();
    assertThat(fact).isInstanceOf(RuntimeFacts.RuntimeProperty.class);
    RuntimeFacts.RuntimeProperty rp = (RuntimeFacts.RuntimeProperty) fact;
    assertThat(rp.propertyPath()).containsExactly("ipAddress");
    assertThat(((ResourceRef.ById) rp.target()).id().names()).containsExactly("pip");
    assertThat(at(lgw.body(), "properties", "fqdn")).isInstanceOf(Value.Unknown.class);
    Value prefix = ((Value.Arr) at(lgw.body(), "properties", "localNetworkAddressSpace", "addressPrefixes"))
        .items().get(0);
    assertThat(prefix).isInstanceOf(Value.Unknown.class);
  }

  @Test
  void localModulesGetParamsScopeAndOutputs(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("spoke.bicep"), """
        param prefix string
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'spoke'
          properties: { addressSpace: { addressPrefixes: [ prefix ] } }
        }
        output vnetId string = vnet.id
        output prefixOut string = prefix
        """);
    Deployment d = run(dir, """
        module spoke './spoke.bicep' = {
          name: 'spoke-deploy'
          scope: resourceGroup('rg-spoke')
          params: { prefix: '10.1.0.0/16' }
        }
        module remote 'br/public:avm/res/network/virtual-network:0.1.0' = {
          name: 'remote'
        }
        resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
          name: spoke.outputs.prefixOut == '10.1.0.0/16' ? 'rt-ok' : 'rt-bad'
          properties: {
            disableBgpRoutePropagation: remote.outputs.flag
          }
        }
        """, Map.of());
    RawResource vnet = only(d, "Microsoft.Network/virtualNetworks");
    assertThat(vnet.resourceGroup()).isEqualTo("rg-spoke");
    assertThat(vnet.range().file()).isEqualTo("spoke.bicep");
    assertThat(((Value.Str) ((Value.Arr) at(vnet.body(), "properties", "addressSpace", "addressPrefixes"))
        .items().get(0)).value()).isEqualTo("10.1.0.0/16");
    RawResource rt = only(d, "Microsoft.Network/routeTables");
    assertThat(rt.names()).containsExactly("rt-ok");
    assertThat(at(rt.body(), "properties", "disableBgpRoutePropagation")).isInstanceOf(Value.Unknown.class);
  }

  @Test
  void cidrFunctionsAndArmFunctions(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        var base = '10.144.0.0/20'
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: toLower('HUB')
          properties: {
            addressSpace: { addressPrefixes: [ cidrSubnet(base, 24, 3), '${parseCidr(base).network}/21' ] }
            dhcpOptions: { dnsServers: [ cidrHost('10.144.3.0/24', 0), last(split('a,b', ',')) ] }
            subnets: map(range(0, 2), i => { name: 'sn${i}', properties: { addressPrefix: cidrSubnet(base, 24, i) } })
          }
        }
        """, Map.of());
    RawResource vnet = only(d, "Microsoft.Network/virtualNetworks");
    assertThat(vnet.names()).containsExactly("hub");
    List<String> prefixes = ((Value.Arr) at(vnet.body(), "properties", "addressSpace", "addressPrefixes")).items()
        .stream().map(v -> ((Value.Str) v).value()).toList();
    assertThat(prefixes).containsExactly("10.144.3.0/24", "10.144.0.0/21");
    List<String> dns = ((Value.Arr) at(vnet.body(), "properties", "dhcpOptions", "dnsServers")).items()
        .stream().map(v -> ((Value.Str) v).value()).toList();
    assertThat(dns).containsExactly("10.144.3.1", "b");
    Value subnets = at(vnet.body(), "properties", "subnets");
    assertThat(((Value.Arr) subnets).items()).hasSize(2);
    assertThat(((Value.Str) at(((Value.Arr) subnets).items().get(1), "properties", "addressPrefix")).value())
        .isEqualTo("10.144.1.0/24");
  }

  @Test
  void existingResourcesKeepTheirScopeAndChildrenOfThemAreDeclared(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
          name: 'hub'
          scope: resourceGroup('sub-1', 'rg-hub')
        }
        resource sn 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
          parent: hub
          name: 'GatewaySubnet'
          properties: { addressPrefix: '10.0.255.0/27' }
        }
        resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
          name: 'rt'
          properties: {
            disableBgpRoutePropagation: hub.properties.enableDdosProtection
          }
        }
        """, Map.of());
    RawResource sn = only(d, "Microsoft.Network/virtualNetworks/subnets");
    assertThat(sn.names()).containsExactly("hub", "GatewaySubnet");
    assertThat(sn.subscription()).isEqualTo("sub-1");
    assertThat(sn.resourceGroup()).isEqualTo("rg-hub");
    assertThat(d.resources()).noneMatch(r -> r.hasType("Microsoft.Network/virtualNetworks"));
    RawResource rt = only(d, "Microsoft.Network/routeTables");
    Value flag = at(rt.body(), "properties", "disableBgpRoutePropagation");
    assertThat(flag).isInstanceOf(Value.Unknown.class);
    assertThat(d.facts().factOf(flag)).isPresent();
  }

  @Test
  void inlineSubnetIdsOfADeclaredNetwork(@TempDir Path dir) throws IOException {
    // vnet.properties.subnets[0].id: Azure returns each inline subnet with its id; through a module output too
    Files.writeString(dir.resolve("vnet.bicep"), """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'hub'
          properties: {
            addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
            subnets: [
              { name: 'app', properties: { addressPrefix: '10.0.1.0/24' } }
              { name: 'GatewaySubnet', properties: { addressPrefix: '10.0.255.0/27' } }
            ]
          }
        }
        output subnets array = vnet.properties.subnets
        """);
    Deployment d = run(dir, """
        module net './vnet.bicep' = {
          name: 'net'
        }
        resource spoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'spoke'
          properties: {
            subnets: [ { name: 'GatewaySubnet', properties: { addressPrefix: '10.1.255.0/27' } } ]
          }
        }
        resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
          name: 'rt'
          properties: {
            routes: [
              { name: 'direct', properties: { nextHopIpAddress: spoke.properties.subnets[0].id } }
              { name: 'module', properties: { nextHopIpAddress: net.outputs.subnets[1].id } }
              { name: 'missing', properties: { nextHopIpAddress: spoke.properties.subnets[0].etag } }
            ]
          }
        }
        """, Map.of());
    RawResource rt = only(d, "Microsoft.Network/routeTables");
    Value.Arr routes = (Value.Arr) at(rt.body(), "properties", "routes");
    Value direct = at(routes.items().get(0), "properties", "nextHopIpAddress");
    Value viaModule = at(routes.items().get(1), "properties", "nextHopIpAddress");
    assertThat(direct).isInstanceOf(Value.Ref.class);
    assertThat(((Value.Ref) direct).ref().toString())
        .endsWith("/providers/Microsoft.Network/virtualNetworks/spoke/subnets/GatewaySubnet");
    assertThat(viaModule).isInstanceOf(Value.Ref.class);
    assertThat(((Value.Ref) viaModule).ref().toString())
        .endsWith("/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet");
    assertThat(at(routes.items().get(2), "properties", "nextHopIpAddress")).isInstanceOf(Value.Unknown.class);
    // the declared network itself is lowered as written: no id added to its inline subnets
    RawResource spoke = d.resources().stream()
        .filter(r -> r.hasType("Microsoft.Network/virtualNetworks") && r.names().equals(List.of("spoke")))
        .findFirst().orElseThrow();
    Value.Arr subnets = (Value.Arr) at(spoke.body(), "properties", "subnets");
    assertThat(((Value.Obj) subnets.items().get(0)).get("id")).isNull();
  }

  @Test
  void moduleLoopsUserFunctionsAndSafeAccess(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("rt.bicep"), """
        param name string
        resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
          name: name
        }
        output upper string = toUpper(name)
        """);
    Deployment d = run(dir, """
        func prefixed(n string) string => 'rt-${n}'
        var cfg = { a: { x: 1 } }
        module tables './rt.bicep' = [for n in [ 'a', 'b' ]: {
          name: 'deploy-${n}'
          params: { name: prefixed(n) }
        }]
        resource nsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
          name: '${tables[1].outputs.upper}-${cfg.?b ?? 'none'}-${cfg.a.x}'
        }
        """, Map.of());
    assertThat(d.resources().stream().filter(r -> r.hasType("Microsoft.Network/routeTables")).map(RawResource::name))
        .containsExactly("rt-a", "rt-b");
    assertThat(only(d, "Microsoft.Network/networkSecurityGroups").names()).containsExactly("RT-B-none-1");
  }

  @Test
  void interpolatedIdsAreReferencesAsInTheCompiledFormat(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: 'hub'
        }
        resource nic 'Microsoft.Network/routeTables@2024-05-01' = {
          name: 'a{b}c-${length([1, 2])}'
          properties: {
            routes: [ { name: 'r', properties: { nextHopIpAddress: '${vnet.id}/subnets/app' } } ]
          }
        }
        """, Map.of());
    RawResource rt = only(d, "Microsoft.Network/routeTables");
    assertThat(rt.names()).containsExactly("a{b}c-2");
    Value.Arr routes = (Value.Arr) at(rt.body(), "properties", "routes");
    Value ref = at(routes.items().get(0), "properties", "nextHopIpAddress");
    assertThat(ref).isInstanceOf(Value.Ref.class);
    assertThat(((ResourceRef.ById) ((Value.Ref) ref).ref()).id().names()).containsExactly("hub", "app");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLocalNetworkGatewayLinksToThePublicIpWhoseRuntimeAddressItUses(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        resource pip 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
          name: 'pip'
          properties: { publicIPAllocationMethod: 'Static' }
        }
        resource lgw 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
          name: 'lgw'
          properties: {
            gatewayIpAddress: pip.properties.ipAddress
          }
        }
        """, Map.of());
    List<io.vnetlint.model.azure.AzureResource> mapped =
        io.vnetlint.arm.mapper.NetworkMapper.map(d.resources(), d.facts());
    io.vnetlint.model.azure.LocalNetworkGateway lgw = mapped.stream()
        .filter(io.vnetlint.model.azure.LocalNetworkGateway.class::isInstance)
        .map(io.vnetlint.model.azure.LocalNetworkGateway.class::cast).findFirst().orElseThrow();
    assertThat(lgw.gatewayPublicIp()).isInstanceOf(io.vnetlint.model.Field.Known.class);
    ResourceRef ref = ((io.vnetlint.model.Field.Known<ResourceRef>) lgw.gatewayPublicIp()).value();
    assertThat(((ResourceRef.ById) ref).id().names()).containsExactly("pip");
  }

  @Test
  void aModuleCycleIsReportedNotFollowed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.bicep"), """
        module again './a.bicep' = [for i in range(0, 5): {
          name: 'again${i}'
        }]
        module json './template.json' = {
          name: 'json'
        }
        resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
          name: 'rt-${json.outputs.x}'
        }
        """);
    Deployment d = run(dir, """
        module a './a.bicep' = {
          name: 'a'
        }
        """, Map.of());
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("module-cycle");
    assertThat(d.resources()).hasSize(1);
    assertThat(d.resources().get(0).namesKnown()).isFalse();
  }

  @Test
  void compileTimeImportsOfVariablesAndFunctions(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("shared.bicep"), """
        @export()
        var hubPrefix = '10.0.0.0/16'
        var suffix = '-x'
        @export()
        func name(n string) string => '${n}${suffix}'
        """);
    Deployment d = run(dir, """
        import { hubPrefix as prefix, name } from 'shared.bicep'
        import * as shared from './shared.bicep'
        resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
          name: shared.name(name('hub'))
          properties: { addressSpace: { addressPrefixes: [ prefix, shared.hubPrefix ] } }
        }
        """, Map.of());
    RawResource vnet = only(d, "Microsoft.Network/virtualNetworks");
    assertThat(vnet.names()).containsExactly("hub-x-x");
    List<String> prefixes = ((Value.Arr) at(vnet.body(), "properties", "addressSpace", "addressPrefixes")).items()
        .stream().map(v -> ((Value.Str) v).value()).toList();
    assertThat(prefixes).containsExactly("10.0.0.0/16", "10.0.0.0/16");
  }

  @Test
  void templateOnlyFunctionsAreUnknownNotErrors(@TempDir Path dir) throws IOException {
    Deployment d = run(dir, """
        resource rt 'Microsoft.Network/routeTables@2024-05-01' = {
          name: 'rt'
          properties: {
            disableBgpRoutePropagation: parameters('x')
            routes: [ { name: variables('y'), properties: { nextHopType: copyIndex() } } ]
          }
        }
        """, Map.of());
    RawResource rt = only(d, "Microsoft.Network/routeTables");
    assertThat(at(rt.body(), "properties", "disableBgpRoutePropagation")).isInstanceOf(Value.Unknown.class);
  }
}
