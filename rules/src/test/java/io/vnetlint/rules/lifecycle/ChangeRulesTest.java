package io.vnetlint.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Analyzer;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Location;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the fixtures do not show: related locations, unknown values, silence without a baseline, one cause each. */
class ChangeRulesTest {

  /** A hub with a gateway, an IPsec connection, a Vnet2Vnet connection from a peer, a transit peering and an LNG. */
  private static final class Hub {
    final FakeResources fake = new FakeResources();
    final VirtualNetwork hub = fake.vnet("hub", "10.1.0.0/16");
    final VirtualNetwork spoke = fake.vnet("spoke", "10.2.0.0/16");
    final Subnet gatewaySubnet = fake.subnet(hub, "GatewaySubnet", "10.1.255.0/27");
    final PublicIp pip = fake.publicIp("hub-gw-pip", "20.50.1.2");
    final VirtualNetworkGateway gateway;
    final VirtualNetworkGateway peer = fake.gateway("peer-gw", "VpnGw1AZ", null, null);

    Hub(String vpnType, String sku) {
      gateway = fake.with(gateway(fake, vpnType, sku, gatewaySubnet, pip));
      fake.peering(hub, "hub-to-spoke", spoke, true, null);
      fake.ipsec("hub-to-site", gateway, fake.lng("site", fake.known("203.0.113.10"), Field.absent(),
          fake.prefixes("192.168.1.0/24"), Field.absent()), fake.key("k1"));
      fake.vnet2vnet("peer-to-hub", peer, gateway, fake.key("k2"));
      fake.lng("branch-to-hub", fake.known("20.50.1.2"), Field.absent(), fake.prefixes("10.1.0.0/16"),
          Field.absent());
    }
  }

  static VirtualNetworkGateway gateway(FakeResources fake, String vpnType, String sku, Subnet subnet, PublicIp pip) {
    VirtualNetworkGateway.IpConfiguration ip = new VirtualNetworkGateway.IpConfiguration(fake.known("ipconfig"),
        fake.next(), fake.refTo(subnet), fake.refTo(pip));
    return new VirtualNetworkGateway(fake.header("Microsoft.Network/virtualNetworkGateways", "hub-gw"),
        fake.known("Vpn"), vpnType == null ? fake.unknown("parameter without value") : fake.known(vpnType),
        fake.known(sku), Field.absent(), fake.known(false), Field.absent(), Field.absent(), fake.known(List.of(ip)),
        Field.absent());
  }

  private static Analyzer.Result run(Hub head, VirtualNetworkGateway before) {
    ChangeSet changes = new ChangeSet(List.of(new Change(before, head.gateway, new Change.Compared("HEAD~1"))));
    return new Analyzer(RuleCatalog.all().stream().filter(r -> r.metadata().id().startsWith("VNL80")).toList())
        .run(ResourceGraph.of(head.fake.all()), changes);
  }

  private static VirtualNetworkGateway before(String vpnType, String sku) {
    FakeResources base = new FakeResources();
    Subnet subnet = base.subnet(base.vnet("hub", "10.1.0.0/16"), "GatewaySubnet", "10.1.255.0/27");
    return gateway(base, vpnType, sku, subnet, base.publicIp("hub-gw-pip", null));
  }

  @Test
  void vpnTypeChangeRelatesEverythingTheRecreationBreaks() {
    Hub head = new Hub("RouteBased", "Basic");
    List<Finding> findings = run(head, before("PolicyBased", "Basic")).findings();

    assertThat(findings).extracting(Finding::ruleId).containsExactly("VNL801");
    Finding f = findings.get(0);
    assertThat(f.primary().range()).isEqualTo(head.gateway.vpnType().rangeOr(null));
    assertThat(f.related()).extracting(Location::message).containsExactlyInAnyOrder(
        "connection 'hub-to-site' is deleted with the gateway; its shared key must be set again when it is recreated",
        "connection 'peer-to-hub' is deleted with the gateway; its shared key must be set again when it is recreated",
        "local network gateway 'branch-to-hub' points at the gateway's public IP, which changes",
        "peering 'hub-to-spoke' uses the gateway for transit; the peered networks lose their on-premises routes"
            + " while it is recreated");
    assertThat(f.message()).contains("60 minutes", "new public IP", "shared keys", "Safe order");
  }

  @Test
  void oneChangeGivesOneFindingPerCause() {
    Hub head = new Hub("RouteBased", "VpnGw1AZ");
    List<Finding> findings = run(head, before("PolicyBased", "Basic")).findings();
    // the VPN type and the Basic SKU each need the recreation; VNL804 does not repeat them
    assertThat(findings).extracting(Finding::ruleId).containsExactly("VNL801", "VNL803");
  }

  @Test
  void unknownVpnTypeIsNotCheckedAndSaysSo() {
    Hub head = new Hub(null, "Basic");
    Analyzer.Result result = run(head, before("PolicyBased", "Basic"));
    assertThat(result.findings()).isEmpty();
    assertThat(result.diagnostics()).filteredOn(d -> d.kind() == Diagnostic.Kind.NOT_CHECKED)
        .extracting(Diagnostic::ruleId).contains("VNL801");
  }

  @Test
  void withoutChangesTheChangeRulesAreSilent() {
    Hub head = new Hub("RouteBased", "Basic");
    List<Rule> changeRules = RuleCatalog.all().stream().filter(r -> r.metadata().id().startsWith("VNL80")).toList();
    assertThat(changeRules).hasSize(5);
    Analyzer.Result result = new Analyzer(changeRules).run(ResourceGraph.of(head.fake.all()));
    assertThat(result.findings()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aPlannedReplaceWithoutANamedCauseIsVnl804() {
    Hub head = new Hub("RouteBased", "VpnGw1AZ");
    ChangeSet changes = new ChangeSet(List.of(new Change(before("RouteBased", "VpnGw1AZ"), head.gateway,
        new Change.Planned(List.of("delete", "create"), List.of("ip_configuration.0.name"), head.gateway.header()
            .range()))));
    List<Finding> findings = new Analyzer(RuleCatalog.all()).run(ResourceGraph.of(head.fake.all()), changes)
        .findings().stream().filter(f -> f.ruleId().startsWith("VNL80")).toList();
    assertThat(findings).extracting(Finding::ruleId).containsExactly("VNL804");
    assertThat(findings.get(0).message()).contains("ip_configuration.0.name", "the Terraform plan replaces it");
  }

  @Test
  void terraformFixtureRelatesTheConnectionOfTheGateway() {
    FixtureScan scan = FixtureScan.of(Fixtures.root().resolve("VNL801/bad-policy-to-route-based.tf"));
    Finding f = scan.single("VNL801").orElseThrow();
    assertThat(f.related()).extracting(Location::message)
        .anyMatch(m -> m.startsWith("connection 'hub-to-site-a' is deleted with the gateway"));
    assertThat(f.related().get(0).range().file()).isEqualTo("bad-policy-to-route-based.tf");
  }

  @Test
  void connectionProtocolChangeRelatesItsGateways() {
    FixtureScan scan = FixtureScan.of(Fixtures.root().resolve("VNL805/bad-ikev2-to-ikev1.bicep"));
    Finding f = scan.single("VNL805").orElseThrow();
    assertThat(f.related()).extracting(Location::message).containsExactly(
        "virtual network gateway 'hub-gw' terminates the connection",
        "local network gateway 'site-a' (the on-premises device must switch to IKEv1)");
    assertThat(f.message()).doesNotContain("HubSitesKey7fQ2zR");
  }

  @Test
  void planJsonReplaceOfAGatewayIsFoundWithoutABaseline() {
    FixtureScan scan = FixtureScan.of(Fixtures.root().resolve("VNL801/bad-plan-replace-vpn-type.json"));
    assertThat(scan.findings()).extracting(Finding::ruleId).containsExactly("VNL801");
    assertThat(scan.findings().get(0).message()).contains("the Terraform plan replaces it");
  }

  @Test
  void connectionsByGatewayAreBothEnds() {
    Hub head = new Hub("RouteBased", "Basic");
    ResourceGraph graph = ResourceGraph.of(head.fake.all());
    assertThat(GatewayRecreation.connectionsOf(graph, head.gateway)).extracting(Connection::describe)
        .containsExactly("connection 'hub-to-site'", "connection 'peer-to-hub'");
  }
}
