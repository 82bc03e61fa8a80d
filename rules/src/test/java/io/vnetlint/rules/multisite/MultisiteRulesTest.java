package io.vnetlint.rules.multisite;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import org.junit.jupiter.api.Test;

/** SKU limits and unknown values for VNL401, VNL402 and VNL404. */
class MultisiteRulesTest {

  private static VirtualNetworkGateway gateway(FakeResources f, String name, Field<String> vpnType,
      Field<String> sku) {
    return f.with(new VirtualNetworkGateway(f.header("Microsoft.Network/virtualNetworkGateways", name),
        f.known("Vpn"), vpnType, sku, Field.absent(), Field.absent(), Field.absent(), Field.absent(), Field.absent(),
        Field.absent()));
  }

  private static LocalNetworkGateway site(FakeResources f, String name, Field<io.vnetlint.model.PrefixList> p) {
    return f.with(new LocalNetworkGateway(f.header("Microsoft.Network/localNetworkGateways", name),
        f.known("203.0.113.1"), Field.absent(), Field.absent(), p, Field.absent()));
  }

  private static Connection connection(FakeResources f, String name, Field<String> type,
      VirtualNetworkGateway g, LocalNetworkGateway site) {
    return f.with(new Connection(f.header("Microsoft.Network/connections", name), type, f.refTo(g),
        Field.absent(), site == null ? Field.absent() : f.refTo(site), Field.absent(), Field.absent(),
        Field.absent(), Field.absent(), Field.absent(), Field.absent()));
  }

  @Test
  void tunnelLimitsFollowTheSkuTable() {
    assertThat(TunnelLimitExceeded.limitOf("Basic")).contains(10);
    assertThat(TunnelLimitExceeded.limitOf("standard")).contains(10);
    assertThat(TunnelLimitExceeded.limitOf("HighPerformance")).contains(30);
    assertThat(TunnelLimitExceeded.limitOf("VpnGw1")).contains(30);
    assertThat(TunnelLimitExceeded.limitOf("VpnGw3AZ")).contains(30);
    assertThat(TunnelLimitExceeded.limitOf("VpnGw4")).contains(100);
    assertThat(TunnelLimitExceeded.limitOf("VpnGw5AZ")).contains(100);
    assertThat(TunnelLimitExceeded.limitOf("ErGw1AZ")).isEmpty();
  }

  @Test
  void policyBasedGatewayCountsOnlyKnownSiteToSiteConnections() {
    FakeResources f = new FakeResources();
    VirtualNetworkGateway unknownType = gateway(f, "unknown-type", f.unknown("parameter 'vpnType'"),
        f.known("Basic"));
    connection(f, "u1", f.known("IPsec"), unknownType, null);
    connection(f, "u2", f.known("IPsec"), unknownType, null);
    VirtualNetworkGateway policy = gateway(f, "policy", f.known("PolicyBased"), f.known("Basic"));
    connection(f, "p1", f.known("IPsec"), policy, null);
    connection(f, "p2", f.unknown("parameter 'type'"), policy, null);
    VirtualNetworkGateway bad = gateway(f, "bad", f.known("PolicyBased"), f.known("Basic"));
    connection(f, "b1", f.known("IPsec"), bad, null);
    connection(f, "b2", f.known("IPsec"), bad, null);
    RuleRun run = RuleRun.of(new PolicyBasedMultipleConnections(), f);
    assertThat(run.findings()).singleElement().satisfies(fi ->
        assertThat(fi.message()).contains("'bad'").contains("'b1', 'b2'"));
    assertThat(run.notChecked()).hasSize(2);
  }

  @Test
  void tunnelLimitWithUnknownSkuIsNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetworkGateway unknownSku = gateway(f, "unknown-sku", Field.absent(), f.unknown("parameter 'sku'"));
    connection(f, "c1", f.known("IPsec"), unknownSku, null);
    connection(f, "c2", f.known("Vnet2Vnet"), unknownSku, null);
    VirtualNetworkGateway policy = gateway(f, "policy", f.known("PolicyBased"), f.known("Basic"));
    connection(f, "p1", f.known("IPsec"), policy, null);
    connection(f, "p2", f.known("IPsec"), policy, null);
    RuleRun run = RuleRun.of(new TunnelLimitExceeded(), f);
    assertThat(run.findings()).singleElement().satisfies(fi ->
        assertThat(fi.message()).contains("'policy'").contains("at most 1 tunnel;"));
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("SKU"));
  }

  @Test
  void overlappingSitesAreReportedOnceAndUnknownPrefixesAreNotChecked() {
    FakeResources f = new FakeResources();
    VirtualNetworkGateway g = gateway(f, "hub", Field.absent(), f.known("VpnGw1AZ"));
    LocalNetworkGateway a = site(f, "a", f.prefixes("10.10.0.0/16"));
    LocalNetworkGateway b = site(f, "b", f.prefixes("10.10.1.0/24"));
    LocalNetworkGateway c = site(f, "c", f.prefixes("10.10.2.0/24"));
    LocalNetworkGateway d = site(f, "d", f.unknown("parameter 'prefixes'"));
    connection(f, "to-a", f.known("IPsec"), g, a);
    connection(f, "to-b", f.known("IPsec"), g, b);
    connection(f, "to-c", f.known("IPsec"), g, c);
    connection(f, "to-d", f.known("IPsec"), g, d);
    RuleRun run = RuleRun.of(new LocalNetworksOverlap(), f);
    assertThat(run.findings()).hasSize(2);
    assertThat(run.findings()).allSatisfy(fi -> assertThat(fi.message()).contains("'a' (10.10.0.0/16)"));
    assertThat(run.notChecked()).isNotEmpty()
        .allSatisfy(diag -> assertThat(diag.message()).contains("'d'"));
  }
}
