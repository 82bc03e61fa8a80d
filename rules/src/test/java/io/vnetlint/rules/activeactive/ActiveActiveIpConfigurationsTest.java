package io.vnetlint.rules.activeactive;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.IpConfiguration;
import io.vnetlint.model.azure.VirtualNetworkGateway.VpnClientConfiguration;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import io.vnetlint.rules.testing.RuleRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** VNL701 with unknown values the fixtures cannot all express, and the not-checked notes of its unknown fixtures. */
class ActiveActiveIpConfigurationsTest {

  private static VirtualNetworkGateway gateway(FakeResources f, String name, Field<String> sku,
      Field<Boolean> activeActive, Field<List<IpConfiguration>> configs, Field<VpnClientConfiguration> p2s) {
    return f.with(new VirtualNetworkGateway(f.header("Microsoft.Network/virtualNetworkGateways", name),
        f.known("Vpn"), Field.absent(), sku, Field.absent(), activeActive, Field.absent(), Field.absent(), configs,
        p2s));
  }

  private static Field<List<IpConfiguration>> configs(FakeResources f, int n) {
    List<IpConfiguration> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new IpConfiguration(f.known("config" + i), f.next(), Field.absent(), Field.absent()));
    }
    return f.known(list);
  }

  private static Field<VpnClientConfiguration> p2s(FakeResources f) {
    return p2s(f, f.prefixes("172.16.201.0/24"));
  }

  private static Field<VpnClientConfiguration> p2s(FakeResources f, Field<PrefixList> pool) {
    return f.known(new VpnClientConfiguration(f.next(), pool, Field.absent(), Field.absent(),
        Field.absent(), Field.absent(), Field.absent()));
  }

  /** A client configuration without an address pool serves no client: it does not call for a third configuration. */
  @Test
  void onlyAClientConfigurationWithAnAddressPoolNeedsTheThirdIpConfiguration() {
    FakeResources f = new FakeResources();
    gateway(f, "empty-client-configuration", f.known("VpnGw1AZ"), f.known(true), configs(f, 2),
        p2s(f, Field.absent()));
    gateway(f, "pool-unknown", f.known("VpnGw1AZ"), f.known(true), configs(f, 2),
        p2s(f, f.unknown("'vpnClientAddressPool' is a string, not an object")));
    gateway(f, "pool", f.known("VpnGw1AZ"), f.known(true), configs(f, 2), p2s(f));
    RuleRun run = RuleRun.of(new ActiveActiveIpConfigurations(), f);
    assertThat(run.findings()).singleElement()
        .satisfies(fi -> assertThat(fi.message()).contains("'pool' has 2 IP configurations").contains("exactly 3"));
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message())
        .contains("'pool-unknown'").contains("is a string, not an object"));
  }

  @Test
  void unknownListFlagSkuOrPointToSiteAreNotCheckedWhenTheyDecide() {
    FakeResources f = new FakeResources();
    gateway(f, "unknown-list", f.known("VpnGw1AZ"), f.known(true), f.unknown("copy count is unknown"),
        Field.absent());
    gateway(f, "unknown-flag", f.known("VpnGw1AZ"), f.unknown("parameter 'aa'"), configs(f, 2), Field.absent());
    gateway(f, "unknown-sku-p2s", f.unknown("parameter 'sku'"), f.known(true), configs(f, 2), p2s(f));
    gateway(f, "unknown-p2s-az", f.known("VpnGw2AZ"), f.known(true), configs(f, 3), f.unknown("module output"));
    f.with(new VirtualNetworkGateway(f.header("Microsoft.Network/virtualNetworkGateways", "unknown-type"),
        f.unknown("parameter 'gatewayType'"), Field.absent(), f.known("VpnGw1AZ"), Field.absent(), f.known(true),
        Field.absent(), Field.absent(), configs(f, 1), Field.absent()));
    RuleRun run = RuleRun.of(new ActiveActiveIpConfigurations(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).extracting(Diagnostic::message).satisfiesExactly(
        m -> assertThat(m).contains("'unknown-list'").contains("copy count is unknown"),
        m -> assertThat(m).contains("'unknown-flag'").contains("parameter 'aa'"),
        m -> assertThat(m).contains("'unknown-sku-p2s'").contains("parameter 'sku'"),
        m -> assertThat(m).contains("'unknown-p2s-az'").contains("module output"),
        m -> assertThat(m).contains("'unknown-type'").contains("parameter 'gatewayType'"));
  }

  @Test
  void countsThatAreWrongWhateverTheUnknownIsAreStillReported() {
    FakeResources f = new FakeResources();
    gateway(f, "one", f.unknown("parameter 'sku'"), f.known(true), configs(f, 1), p2s(f));
    gateway(f, "four", f.known("VpnGw1AZ"), f.known(true), configs(f, 4), f.unknown("module output"));
    RuleRun run = RuleRun.of(new ActiveActiveIpConfigurations(), f);
    assertThat(run.findings()).extracting(fi -> fi.message()).satisfiesExactly(
        m -> assertThat(m).contains("'one' has 1 IP configuration").contains("exactly 2"),
        m -> assertThat(m).contains("'four' has 4 IP configurations").contains("exactly 3")
            .contains("remove IP configuration 'config3'"));
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void absentFlagIsActiveStandbyAndNonAzSkusNeedTwoWithPointToSite() {
    FakeResources f = new FakeResources();
    gateway(f, "default-standby", f.known("VpnGw1AZ"), Field.absent(), configs(f, 2), Field.absent());
    gateway(f, "non-az-p2s", f.known("VpnGw2"), f.known(true), configs(f, 2), p2s(f));
    gateway(f, "high-performance-p2s", f.known("HighPerformance"), f.known(true), configs(f, 3), p2s(f));
    gateway(f, "basic-active-active", f.known("Basic"), f.known(true), configs(f, 1), Field.absent());
    RuleRun run = RuleRun.of(new ActiveActiveIpConfigurations(), f);
    assertThat(run.findings()).extracting(fi -> fi.message()).satisfiesExactly(
        m -> assertThat(m).contains("'default-standby' is active-standby but has 2 IP configurations"),
        m -> assertThat(m).contains("'high-performance-p2s' has 3 IP configurations").contains("exactly 2"));
    assertThat(run.findings().get(0).related()).singleElement()
        .satisfies(l -> assertThat(l.message()).contains("not set"));
  }

  @Test
  void zoneRedundantSkusAreTheVpnGwAzSkus() {
    assertThat(ActiveActiveIpConfigurations.isZoneRedundant("VpnGw1AZ")).isTrue();
    assertThat(ActiveActiveIpConfigurations.isZoneRedundant(" vpngw5az ")).isTrue();
    assertThat(ActiveActiveIpConfigurations.isZoneRedundant("VpnGw2")).isFalse();
    assertThat(ActiveActiveIpConfigurations.isZoneRedundant("ErGw1AZ")).isFalse();
  }

  static Stream<Arguments> unknownFixtures() {
    List<Arguments> out = new ArrayList<>();
    for (String ext : new String[] {"json", "bicep", "tf"}) {
      out.add(Arguments.of("ok-ip-configurations-unknown." + ext, "IP configurations are unknown"));
      out.add(Arguments.of("ok-zone-redundant-client-pool-unknown." + ext, "needs a third for point-to-site"));
    }
    return out.stream();
  }

  /** The unknown-value fixtures are silent (RuleFixturesTest) because the rule could not check, not by chance. */
  @ParameterizedTest
  @MethodSource("unknownFixtures")
  void unknownFixturesRecordANotCheckedNote(String name, String reason) {
    Path fixture = Fixtures.root().resolve("VNL701").resolve(name);
    FixtureScan scan = FixtureScan.of(fixture);
    Assumptions.assumeTrue(scan.wasRead(), "no front end for " + name + " on the test class path");
    assertThat(scan.findingsOf("VNL701")).isEmpty();
    assertThat(scan.notChecked()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).startsWith("VNL701").contains(reason));
  }
}
