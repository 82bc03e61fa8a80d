package io.vnetlint.rules.bgp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fixture test cannot see: "not checked" notifications, levels and message content of VNL602-610. */
class BgpConnectionRulesTest {

  private static FixtureScan scan(String rule, String file) {
    FixtureScan scan = FixtureScan.of(Fixtures.root().resolve(rule).resolve(file));
    assertThat(scan.wasRead()).as(file + " read").isTrue();
    return scan;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tf", "bicep", "json"})
  void unknownGatewayBgpIsNotCheckedInsteadOfGuessed(String ext) {
    FixtureScan scan = scan("VNL603", "ok-gateway-bgp-unknown." + ext);
    assertThat(scan.findingsOf("VNL603")).isEmpty();
    assertThat(scan.notChecked()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).startsWith("VNL603").contains("hub-gw").contains("may or may not enable BGP"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tf", "bicep", "json"})
  void apipaPeerInPrefixesIsAnError(String ext) {
    Finding f = scan("VNL609", "bad-apipa-peer-in-prefixes." + ext).single("VNL609").orElseThrow();
    assertThat(f.level()).isEqualTo(Level.ERROR);
    assertThat(f.message()).contains("169.254.21.2").contains("onprem-site");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tf", "bicep", "json"})
  void staticPrefixesBesideBgpAreAWarningThatNamesThem(String ext) {
    Finding f = scan("VNL609", "bad-bgp-site-with-static-prefixes." + ext).single("VNL609").orElseThrow();
    assertThat(f.level()).isEqualTo(Level.WARNING);
    assertThat(f.message()).contains("192.168.0.0/16").contains("192.168.255.1/32");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tf", "bicep", "json"})
  void defaultAsnCollisionIsReportedOncePerPairOfGateways(String ext) {
    Finding f = scan("VNL606", "bad-vnet2vnet-default-asn." + ext).single("VNL606").orElseThrow();
    assertThat(f.message()).contains("vnet2-gw").contains("vnet1-gw").contains("65515");
    assertThat(f.related()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tf", "bicep", "json"})
  void gatewayWithoutBgpIsNamedForBothConnections(String ext) {
    assertThat(scan("VNL603", "bad-vnet2vnet-gateway-without-bgp." + ext).findingsOf("VNL603"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("'vnet2-gw'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tf", "bicep", "json"})
  void oneSidedPairPointsAtTheConnectionWithoutBgp(String ext) {
    Finding f = scan("VNL610", "bad-vnet2vnet-bgp-one-direction." + ext).single("VNL610").orElseThrow();
    assertThat(f.message()).contains("enable BGP on 'vnet2-to-vnet1' too");
  }
}
