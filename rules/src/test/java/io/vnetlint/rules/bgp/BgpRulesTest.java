package io.vnetlint.rules.bgp;

import static io.vnetlint.rules.testing.FakeResources.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.query.ReservedAsns;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BgpRulesTest {

  @Test
  void basicGatewayWithBgpEnabledPointsAtTheFlag() {
    FakeResources f = new FakeResources();
    VirtualNetworkGateway gw = f.gateway("gw", f.known("Basic"), f.known(true), Field.absent(), Field.absent(),
        null);
    RuleRun run = RuleRun.of(new BgpOnBasicSku(), f);
    assertThat(run.lines()).containsExactly(line(gw.enableBgp()));
    assertThat(run.findings().get(0).related().get(0).range()).isEqualTo(gw.sku().rangeOr(null));
  }

  @Test
  void basicGatewayWithBgpSettingsPointsAtTheSettings() {
    FakeResources f = new FakeResources();
    VirtualNetworkGateway gw = f.gateway("gw", f.known("basic"), f.known(false), f.bgp(65010), Field.absent(),
        null);
    assertThat(RuleRun.of(new BgpOnBasicSku(), f).lines()).containsExactly(line(gw.bgpSettings()));
  }

  @Test
  void otherSkusAndBasicWithoutBgpAreFine() {
    FakeResources f = new FakeResources();
    f.gateway("a", f.known("VpnGw1AZ"), f.known(true), f.bgp(65010), Field.absent(), null);
    f.gateway("b", f.known("Basic"), f.known(false), Field.absent(), Field.absent(), null);
    f.gateway("c", f.known("Basic"), Field.absent(), Field.absent(), Field.absent(), null);
    RuleRun run = RuleRun.of(new BgpOnBasicSku(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void unknownSkuWithBgpIsNotChecked() {
    FakeResources f = new FakeResources();
    f.gateway("a", f.unknown("parameter 'sku' has no value"), f.known(true), Field.absent(), Field.absent(), null);
    RuleRun run = RuleRun.of(new BgpOnBasicSku(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 8074, 8075, 12076, 23456, 64496, 64511, 65517, 65520, 65535, 65551, 4294967295L})
  void reservedEverywhere(long asn) {
    assertThat(ReservedAsns.whyReserved(asn, false)).isPresent();
    assertThat(ReservedAsns.whyReserved(asn, true)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 8073, 8076, 12075, 64495, 64512, 65010, 65514, 65516, 65521, 65534, 65552, 4200000000L,
      4294967294L})
  void usable(long asn) {
    assertThat(ReservedAsns.whyReserved(asn, false)).isEmpty();
    assertThat(ReservedAsns.whyReserved(asn, true)).isEmpty();
  }

  @Test
  void azureDefaultIsReservedOnlyOnPremises() {
    FakeResources f = new FakeResources();
    f.gateway("gw", f.known("VpnGw1AZ"), f.known(true), f.bgp(65515), Field.absent(), null);
    Field<BgpSettings> onPremBgp = f.bgp(65515);
    LocalNetworkGateway lng = f.lng("onprem", f.known("203.0.113.10"), Field.absent(), Field.absent(), onPremBgp);
    RuleRun run = RuleRun.of(new ReservedAsn(), f);
    assertThat(run.lines()).containsExactly(line(onPremBgp.known().orElseThrow().asn()));
    assertThat(run.findings().get(0).message())
        .isEqualTo("local network gateway 'onprem' uses reserved ASN 65515 (Azure's own default ASN, which an "
            + "on-premises peer can't reuse); use a private ASN from 64512-65514 or 65521-65534, different from the "
            + "Azure gateway's");
    assertThat(lng.bgpSettings()).isSameAs(onPremBgp);
  }

  @Test
  void reservedOnGatewayAndUnknownAsn() {
    FakeResources f = new FakeResources();
    Field<BgpSettings> reserved = f.bgp(12076);
    f.gateway("gw", f.known("VpnGw2AZ"), f.known(true), reserved, Field.absent(), null);
    f.gateway("gw2", f.known("VpnGw2AZ"), f.known(true), f.unknown("parameter 'bgp'"), Field.absent(), null);
    RuleRun run = RuleRun.of(new ReservedAsn(), f);
    assertThat(run.lines()).containsExactly(line(reserved.known().orElseThrow().asn()));
    assertThat(run.notChecked()).hasSize(1);
  }
}
