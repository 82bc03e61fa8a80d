package io.vnetlint.hcl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.azurerm.AzurermMapper;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Secret;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.RouteTable;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReaderTest {

  static SourceText fixture(String name) {
    try (InputStream in = PlanReaderTest.class.getResourceAsStream("/plans/" + name)) {
      return SourceText.of("plans/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlanResult read(SourceText text) {
    return PlanReader.read(text).orElseThrow();
  }

  private static List<AzureResource> map(PlanResult plan, List<Diagnostic> diagnostics) {
    return AzurermMapper.map(plan.resources(), diagnostics);
  }

  private static <T extends AzureResource> List<T> all(List<AzureResource> resources, Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static TerraformResource resource(PlanResult plan, String address) {
    return plan.resources().stream().filter(r -> r.address().equals(address)).findFirst().orElseThrow();
  }

  // ---- detection ---------------------------------------------------------------------------------------------

  @Test
  void otherJsonIsNotAPlan() {
    assertThat(PlanReader.read(SourceText.of("t.json", """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "resources": []}"""))).isEmpty();
    // state output has a format version and values, but no plan
    assertThat(PlanReader.read(SourceText.of("state.json", """
        {"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {}}}"""))).isEmpty();
    // the words in another place do not make a plan
    assertThat(PlanReader.read(SourceText.of("t.json", """
        {"notes": {"format_version": "1.2", "planned_values": {}}}"""))).isEmpty();
    assertThat(PlanReader.read(SourceText.of("t.json", "[\"format_version\", \"resource_changes\"]"))).isEmpty();
  }

  @Test
  void brokenPlanJsonIsAPositionedError() {
    PlanResult plan = read(SourceText.of("plan.json", "{\n  \"format_version\": \"1.2\",\n  \"planned_values\": {\n}"));
    assertThat(plan.resources()).isEmpty();
    assertThat(plan.diagnostics()).hasSize(1);
    Diagnostic d = plan.diagnostics().get(0);
    assertThat(d.kind()).isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(d.code()).isEqualTo("parse-error");
    assertThat(d.range().file()).isEqualTo("plan.json");
    assertThat(d.range().startLine()).isEqualTo(4);
  }

  @Test
  void anotherMajorVersionIsRefused() {
    PlanResult plan = read(SourceText.of("plan.json", """
        {"format_version": "2.0", "planned_values": {"root_module": {"resources": [
          {"address": "azurerm_virtual_network.a", "mode": "managed", "type": "azurerm_virtual_network", "name": "a",
           "values": {"name": "a"}}]}}}"""));
    assertThat(plan.resources()).isEmpty();
    assertThat(plan.diagnostics()).extracting(Diagnostic::code).containsExactly("unsupported-plan-version");
    assertThat(plan.diagnostics().get(0).message())
        .isEqualTo("Terraform plan format version '2.0' is not supported (versions 0.x and 1.x are)");
    assertThat(plan.diagnostics().get(0).range().toString()).isEqualTo("plan.json:1:2-1:25");
    assertThat(read(SourceText.of("plan.json", "{\"format_version\": 1, \"resource_changes\": []}")).diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("Terraform plan format version a number is not supported (versions 0.x and 1.x are)");
    assertThat(read(SourceText.of("plan.json", "{\"format_version\": \"0.1\", \"resource_changes\": []}"))
        .diagnostics()).isEmpty();
  }

  // ---- hub and spoke ------------------------------------------------------------------------------------------

  @Test
  void hubAndSpokeResourcesOfAllModules() {
    PlanResult plan = read(fixture("hub-spoke.plan.json"));
    assertThat(plan.diagnostics()).isEmpty();
    assertThat(plan.resources()).extracting(TerraformResource::address).containsExactly(
        "azurerm_resource_group.net",
        "azurerm_subnet.gateway",
        "azurerm_virtual_network.hub",
        "azurerm_virtual_network_peering.hub_to_spoke[\"a\"]",
        "module.spoke[\"a\"].azurerm_virtual_network.this",
        "module.spoke[\"a\"].azurerm_virtual_network_peering.to_hub",
        "module.spoke[\"a\"].module.routes.azurerm_route_table.this");
    assertThat(plan.resources()).extracting(TerraformResource::modulePath).containsExactly(
        "", "", "", "", "module.spoke[\"a\"]", "module.spoke[\"a\"]", "module.spoke[\"a\"].module.routes");
    assertThat(plan.resources()).allMatch(TerraformResource::fromPlan);
    assertThat(plan.resources()).allMatch(r -> r.origin().file().equals("plans/hub-spoke.plan.json"));

    TerraformResource peering = resource(plan, "azurerm_virtual_network_peering.hub_to_spoke[\"a\"]");
    assertThat(peering.type()).isEqualTo("azurerm_virtual_network_peering");
    assertThat(peering.name()).isEqualTo("hub_to_spoke");
    // the header is the entry's address member
    assertThat(peering.range().toString()).isEqualTo("plans/hub-spoke.plan.json:70:11-70:75");
    // "known after apply" from after_unknown, keyed where after_unknown names it
    Value.Member remote = peering.body().member("remote_virtual_network_id").orElseThrow();
    assertThat(remote.value()).isInstanceOf(Value.Unknown.class);
    assertThat(((Value.Unknown) remote.value()).reason()).isEqualTo("known after apply");
    assertThat(remote.keyRange().startLine()).isEqualTo(215);
    assertThat(peering.body().get("id")).isInstanceOf(Value.Unknown.class);
    assertThat(peering.body().get("allow_gateway_transit")).isEqualTo(
        new Value.Bool(true, peering.body().get("allow_gateway_transit").range()));
  }

  @Test
  void hubAndSpokeMapsToALinkedGraph() {
    PlanResult plan = read(fixture("hub-spoke.plan.json"));
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AzureResource> resources = map(plan, diagnostics);
    assertThat(diagnostics).isEmpty();
    ResourceGraph graph = ResourceGraph.of(resources);

    List<VirtualNetwork> vnets = all(resources, VirtualNetwork.class);
    assertThat(vnets).extracting(v -> v.header().displayName()).containsExactly("hub", "spoke-a");
    VirtualNetwork hub = vnets.get(0);
    VirtualNetwork spoke = vnets.get(1);
    // the plan of an existing network lists its subnets inline too (computed): the resource is the declaration
    List<Subnet> subnets = all(resources, Subnet.class);
    assertThat(subnets).extracting(Subnet::inline).containsExactly(false);
    assertThat(graph.subnetsOf(hub)).containsExactly(subnets.get(0));

    List<Peering> peerings = all(resources, Peering.class);
    Peering hubToSpoke = peerings.get(0);
    Peering spokeToHub = peerings.get(1);
    assertThat(graph.localNetwork(hubToSpoke).resource()).containsSame(hub);
    assertThat(graph.remoteNetwork(hubToSpoke).isUncertain()).isTrue();
    assertThat(graph.remoteNetwork(hubToSpoke).explain()).isEqualTo("known after apply");
    assertThat(graph.localNetwork(spokeToHub).resource()).containsSame(spoke);
    assertThat(graph.remoteNetwork(spokeToHub).resource()).containsSame(hub);
    assertThat(spokeToHub.useRemoteGateways().known()).contains(true);
    assertThat(spoke.addressSpace().known().orElseThrow().describe()).isEqualTo("10.1.0.0/16");

    RouteTable rt = all(resources, RouteTable.class).get(0);
    assertThat(rt.header().address()).isEqualTo("module.spoke[\"a\"].module.routes.azurerm_route_table.this");
    assertThat(rt.disableBgpRoutePropagation().known()).contains(true);
    assertThat(rt.routes()).hasSize(1);
    assertThat(rt.routes().get(0).nextHopType().known()).contains("VirtualAppliance");
  }

  @Test
  void hubAndSpokeChanges() {
    PlanResult plan = read(fixture("hub-spoke.plan.json"));
    assertThat(plan.changes()).extracting(ResourceChange::address).containsExactly(
        "azurerm_resource_group.net",
        "azurerm_virtual_network_peering.hub_to_spoke[\"a\"]",
        "module.spoke[\"a\"].azurerm_virtual_network.this",
        "module.spoke[\"a\"].azurerm_virtual_network_peering.to_hub",
        "module.spoke[\"a\"].module.routes.azurerm_route_table.this");
    ResourceChange create = plan.changes().get(1);
    assertThat(create.actions()).containsExactly("create");
    assertThat(create.before()).isInstanceOf(Value.Null.class);
    assertThat(((Value.Obj) create.after()).get("remote_virtual_network_id")).isInstanceOf(Value.Unknown.class);
    assertThat(create.isReplace()).isFalse();
    assertThat(plan.changes().get(0).actions()).containsExactly("no-op");
    assertThat(plan.sensitiveRanges()).isEmpty();
  }

  // ---- gateway replaced ---------------------------------------------------------------------------------------

  @Test
  void aReplacedGatewayKeepsItsActionsAndBothStates() {
    PlanResult plan = read(fixture("gateway-replace.plan.json"));
    assertThat(plan.diagnostics()).isEmpty();
    ResourceChange gateway = plan.changes().stream()
        .filter(c -> c.address().equals("azurerm_virtual_network_gateway.hub")).findFirst().orElseThrow();
    assertThat(gateway.actions()).containsExactly("delete", "create");
    assertThat(gateway.isReplace()).isTrue();
    assertThat(gateway.deletes()).isTrue();
    assertThat(((Value.Str) ((Value.Obj) gateway.before()).get("vpn_type")).value()).isEqualTo("PolicyBased");
    assertThat(((Value.Str) ((Value.Obj) gateway.after()).get("vpn_type")).value()).isEqualTo("RouteBased");
    assertThat(((Value.Obj) gateway.after()).get("bgp_settings")).isInstanceOf(Value.Unknown.class);
    assertThat(gateway.range().startLine()).isEqualTo(163);

    // the deposed object of a create-before-destroy replacement is a change, not a resource
    assertThat(plan.changes()).filteredOn(c -> c.address().equals("azurerm_public_ip.gw"))
        .extracting(ResourceChange::actions).containsExactly(List.of("update"), List.of("delete"));
    assertThat(plan.resources()).extracting(TerraformResource::address).containsExactly(
        "azurerm_local_network_gateway.onprem", "azurerm_public_ip.gw", "azurerm_virtual_network_gateway.hub",
        "azurerm_virtual_network_gateway_connection.onprem");

    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AzureResource> resources = map(plan, diagnostics);
    assertThat(diagnostics).isEmpty();
    VirtualNetworkGateway g = all(resources, VirtualNetworkGateway.class).get(0);
    assertThat(g.sku().known()).contains("VpnGw1");
    assertThat(g.vpnType().known()).contains("RouteBased");
    assertThat(g.bgpSettings().unknownReason()).contains("known after apply");
    assertThat(g.enableBgp().known()).contains(false);
    assertThat(g.vpnClientConfiguration().isAbsent()).isTrue();
    PublicIp pip = all(resources, PublicIp.class).get(0);
    assertThat(pip.ipAddress().known()).contains("20.50.1.2");
    assertThat(pip.sku().known()).contains("Standard");
    LocalNetworkGateway lng = all(resources, LocalNetworkGateway.class).get(0);
    assertThat(lng.fqdn().isAbsent()).isTrue();
    assertThat(lng.bgpSettings().isAbsent()).isTrue();
    assertThat(lng.gatewayIpAddress().known()).contains("203.0.113.10");
    ResourceGraph graph = ResourceGraph.of(resources);
    assertThat(graph.publicIpsOf(g)).containsExactly(pip);
    Connection c = all(resources, Connection.class).get(0);
    // the replacement gateway's id is unknown, but the configuration says whose id it is
    assertThat(graph.gateway1(c).resource()).containsSame(g);
    assertThat(graph.localNetworkGateway(c).resource()).containsSame(lng);
  }

  @Test
  void theSharedKeyIsMaskedEverywhereTheFileHoldsIt() {
    SourceText text = fixture("gateway-replace.plan.json");
    PlanResult plan = read(text);
    TerraformResource connection = resource(plan, "azurerm_virtual_network_gateway_connection.onprem");
    Value key = connection.body().get("shared_key");
    assertThat(key.sensitive()).isTrue();
    assertThat(key.toString()).doesNotContain("0ld-Shared-K3y");

    List<Diagnostic> diagnostics = new ArrayList<>();
    Connection c = all(map(plan, diagnostics), Connection.class).get(0);
    assertThat(c.sharedKey().known().orElseThrow().sameAs(new Secret("0ld-Shared-K3y"))).isTrue();
    assertThat(c.toString()).doesNotContain("0ld-Shared-K3y");

    ResourceChange change = plan.changes().stream()
        .filter(ch -> ch.address().equals("azurerm_virtual_network_gateway_connection.onprem")).findFirst()
        .orElseThrow();
    assertThat(((Value.Obj) change.before()).get("shared_key").sensitive()).isTrue();
    assertThat(((Value.Obj) change.after()).get("shared_key").sensitive()).isTrue();

    // every occurrence in the file: planned values, before, after, prior state, the variable's value
    List<Integer> occurrences = new ArrayList<>();
    for (int i = text.text().indexOf("0ld-Shared-K3y"); i >= 0; i = text.text().indexOf("0ld-Shared-K3y", i + 1)) {
      occurrences.add(i);
    }
    assertThat(occurrences).hasSize(5);
    for (int offset : occurrences) {
      SourceRange at = text.range(offset, offset + 1);
      assertThat(plan.sensitiveRanges()).as("occurrence at " + at).anyMatch(r -> covers(r, at));
    }
    // and nothing else that is not sensitive: "IPsec" and the names stay visible
    int ipsec = text.text().indexOf("\"IPsec\"");
    assertThat(plan.sensitiveRanges()).noneMatch(r -> covers(r, text.range(ipsec, ipsec + 1)));
  }

  @Test
  void sensitiveVariablesAndOutputsAreMasked() {
    SourceText text = SourceText.of("plan.json", """
        {"format_version": "1.2",
         "variables": {"psk": {"value": "var-secret"}, "region": {"value": "westeurope"}},
         "planned_values": {"outputs": {"key": {"sensitive": true, "value": "out-secret"},
                                        "name": {"sensitive": false, "value": "visible"}},
                            "root_module": {}},
         "resource_changes": [],
         "configuration": {"root_module": {"variables": {"psk": {"sensitive": true}, "region": {}}}}}""");
    PlanResult plan = read(text);
    assertThat(plan.sensitiveRanges()).extracting(SourceRange::toString)
        .containsExactlyInAnyOrder("plan.json:3:69-3:81", "plan.json:2:33-2:45");
  }

  // ---- less common shapes -------------------------------------------------------------------------------------

  @Test
  void withoutPlannedValuesTheResourcesComeFromTheChanges() {
    PlanResult plan = read(SourceText.of("plan.json", """
        {"format_version": "0.2", "resource_changes": [
          {"address": "module.net.azurerm_subnet.a", "module_address": "module.net", "mode": "managed",
           "type": "azurerm_subnet", "name": "a",
           "change": {"actions": ["create"], "before": null,
                      "after": {"name": "a", "virtual_network_name": "v", "address_prefixes": [null, "10.0.1.0/24"]},
                      "after_unknown": {"address_prefix": true, "address_prefixes": [true, false], "id": true}}},
          {"address": "azurerm_subnet.gone", "mode": "managed", "type": "azurerm_subnet", "name": "gone",
           "change": {"actions": ["delete"], "before": {"name": "gone"}, "after": null}},
          {"address": "data.azurerm_subnet.x", "mode": "data", "type": "azurerm_subnet", "name": "x",
           "change": {"actions": ["read"], "before": null, "after": {"name": "x"}}}
        ]}"""));
    assertThat(plan.resources()).extracting(TerraformResource::address).containsExactly("module.net.azurerm_subnet.a");
    assertThat(plan.resources().get(0).modulePath()).isEqualTo("module.net");
    assertThat(plan.changes()).extracting(ResourceChange::address)
        .containsExactly("module.net.azurerm_subnet.a", "azurerm_subnet.gone");

    List<Diagnostic> diagnostics = new ArrayList<>();
    Subnet s = all(map(plan, diagnostics), Subnet.class).get(0);
    // the computed legacy address_prefix is unknown beside the known list: no conflict
    assertThat(diagnostics).isEmpty();
    assertThat(s.addressPrefixes().known().orElseThrow().describe()).isEqualTo("10.0.1.0/24");
    assertThat(s.addressPrefixes().known().orElseThrow().unknowns()).extracting(Value.Unknown::reason)
        .containsExactly("known after apply");
  }

  @Test
  void wholeBlocksMarkedSensitiveOrUnknown() {
    PlanResult plan = read(SourceText.of("plan.json", """
        {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
          {"address": "azurerm_virtual_network_gateway.g", "mode": "managed", "type": "azurerm_virtual_network_gateway",
           "name": "g", "values": {"name": "g", "sku": "VpnGw1",
             "vpn_client_configuration": [{"address_space": ["172.16.0.0/24"], "radius_server_secret": "r4dius"}]},
           "sensitive_values": {"vpn_client_configuration": true}},
          {"address": "azurerm_public_ip.p", "mode": "managed", "type": "azurerm_public_ip", "name": "p"}
        ]}}, "resource_changes": [
          {"address": "azurerm_public_ip.p", "mode": "managed", "type": "azurerm_public_ip", "name": "p",
           "change": {"actions": ["create"], "after": {}, "after_unknown": {"zones": true, "ip_address": true}}}]}"""));
    TerraformResource g = plan.resources().get(0);
    Value.Arr config = (Value.Arr) g.body().get("vpn_client_configuration");
    Value.Obj block = (Value.Obj) config.items().get(0);
    assertThat(((Value.Arr) block.get("address_space")).items().get(0).sensitive()).isTrue();
    assertThat(plan.sensitiveRanges()).extracting(SourceRange::startLine).contains(4);
    // a resource without values still maps, with its unknowns
    TerraformResource p = plan.resources().get(1);
    assertThat(p.body().get("zones")).isInstanceOf(Value.Unknown.class);
    List<Diagnostic> diagnostics = new ArrayList<>();
    PublicIp pip = all(map(plan, diagnostics), PublicIp.class).get(0);
    assertThat(pip.zones().unknownReason()).contains("known after apply");
    assertThat(pip.ipAddress().unknownReason()).contains("known after apply");
  }

  @Test
  void malformedEntriesAreSkippedWithWarnings() {
    PlanResult plan = read(SourceText.of("plan.json", """
        {"format_version": "1.2", "planned_values": {"root_module": {
           "resources": [{"mode": "managed", "type": "azurerm_subnet"}, 5],
           "child_modules": [{"resources": []}]}},
         "resource_changes": [{"address": "x"}]}"""));
    assertThat(plan.resources()).isEmpty();
    assertThat(plan.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "a resource change without address or change is skipped",
        "a resource without address, type or name is skipped",
        "a child module without an address is skipped");
    assertThat(plan.diagnostics()).allMatch(d -> d.kind() == Diagnostic.Kind.WARNING);
  }

  static boolean covers(SourceRange outer, SourceRange inner) {
    boolean startsBefore = outer.startLine() < inner.startLine()
        || (outer.startLine() == inner.startLine() && outer.startColumn() <= inner.startColumn());
    boolean endsAfter = outer.endLine() > inner.endLine()
        || (outer.endLine() == inner.endLine() && outer.endColumn() >= inner.endColumn());
    return outer.file().equals(inner.file()) && startsBefore && endsAfter;
  }
}
