package io.vnetlint.rules.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Secret;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Location;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedKeyMismatchTest {
  private static final String KEY_1 = "Vnet1ToVnet2-Sh4redKey!";
  private static final String KEY_2 = "Vnet2ToVnet1-Other8Key!";

  /** Two VNets with a gateway each. */
  private static final class TwoGateways {
    final FakeResources f = new FakeResources();
    final VirtualNetwork vnet1 = f.vnet("vnet1", "10.1.0.0/16");
    final VirtualNetwork vnet2 = f.vnet("vnet2", "10.2.0.0/16");
    final Subnet sub1 = f.subnet(vnet1, "GatewaySubnet", "10.1.255.0/27");
    final Subnet sub2 = f.subnet(vnet2, "GatewaySubnet", "10.2.255.0/27");
    final PublicIp pip1 = f.publicIp("gw1-pip", "20.1.1.1");
    final PublicIp pip2 = f.publicIp("gw2-pip", "20.2.2.2");
    final VirtualNetworkGateway gw1 = f.gateway("gw1", "VpnGw1AZ", sub1, pip1);
    final VirtualNetworkGateway gw2 = f.gateway("gw2", "VpnGw1AZ", sub2, pip2);
  }

  @Test
  void differentKeysAreReportedOnTheFirstConnection() {
    TwoGateways t = new TwoGateways();
    Connection c12 = t.f.vnet2vnet("gw1-to-gw2", t.gw1, t.gw2, t.f.key(KEY_1));
    Connection c21 = t.f.vnet2vnet("gw2-to-gw1", t.gw2, t.gw1, t.f.key(KEY_2));
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.primary().range()).isEqualTo(c12.sharedKey().rangeOr(null));
      assertThat(finding.related()).extracting(Location::range).containsExactly(c21.sharedKey().rangeOr(null));
      assertThat(finding.message()).isEqualTo("connections 'gw1-to-gw2' and 'gw2-to-gw1' (between gateways 'gw1' "
          + "and 'gw2') use different shared keys; both directions must use the same key");
    });
    assertNoKeyIn(run, KEY_1, KEY_2);
  }

  @Test
  void sameKeysAreFine() {
    TwoGateways t = new TwoGateways();
    t.f.vnet2vnet("gw1-to-gw2", t.gw1, t.gw2, t.f.key(KEY_1));
    t.f.vnet2vnet("gw2-to-gw1", t.gw2, t.gw1, t.f.key(KEY_1));
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void aMissingKeyIsReportedOnTheConnectionWithoutKey() {
    TwoGateways t = new TwoGateways();
    Connection c12 = t.f.vnet2vnet("gw1-to-gw2", t.gw1, t.gw2, t.f.key(KEY_1));
    Connection c21 = t.f.vnet2vnet("gw2-to-gw1", t.gw2, t.gw1, Field.absent());
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.primary().range()).isEqualTo(c21.header().range());
      assertThat(finding.related()).extracting(Location::range).containsExactly(c12.sharedKey().rangeOr(null));
      assertThat(finding.message()).startsWith("connection 'gw2-to-gw1' sets no shared key");
    });
    assertNoKeyIn(run, KEY_1);
  }

  @Test
  void ipsecPairThroughLocalGatewaysThatRepresentEachOther() {
    TwoGateways t = new TwoGateways();
    // lng-for-gw2 names gw2 by public IP reference; lng-for-gw1 by the literal address of gw1's public IP
    LocalNetworkGateway lngFor2 = t.f.lng("lng-for-gw2", Field.absent(), t.f.refTo(t.pip2),
        t.f.prefixes("10.2.0.0/16"), Field.absent());
    LocalNetworkGateway lngFor1 = t.f.lng("lng-for-gw1", t.f.known("20.1.1.1"), Field.absent(),
        t.f.prefixes("10.1.0.0/16"), Field.absent());
    Connection c12 = t.f.ipsec("gw1-to-gw2", t.gw1, lngFor2, t.f.key(KEY_1));
    t.f.ipsec("gw2-to-gw1", t.gw2, lngFor1, t.f.key(KEY_2));
    // an on-premises site connected to gw1 is not part of a pair
    LocalNetworkGateway onPrem = t.f.lng("onprem", t.f.known("203.0.113.10"), Field.absent(),
        t.f.prefixes("192.168.0.0/16"), Field.absent());
    t.f.ipsec("gw1-to-onprem", t.gw1, onPrem, Field.absent());
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).singleElement()
        .satisfies(finding -> assertThat(finding.primary().range()).isEqualTo(c12.sharedKey().rangeOr(null)));
    assertThat(run.notChecked()).isEmpty();
    assertNoKeyIn(run, KEY_1, KEY_2);
  }

  @Test
  void localGatewayWithoutAddressRepresentsByPrefixes() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway lngFor2 = t.f.lng("lng-for-gw2", Field.absent(), Field.absent(),
        t.f.prefixes("10.2.0.0/16"), Field.absent());
    LocalNetworkGateway lngFor1 = t.f.lng("lng-for-gw1", Field.absent(), Field.absent(),
        t.f.prefixes("10.1.0.0/16"), Field.absent());
    t.f.ipsec("gw1-to-gw2", t.gw1, lngFor2, Field.absent());
    Connection c21 = t.f.ipsec("gw2-to-gw1", t.gw2, lngFor1, t.f.key(KEY_2));
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).singleElement().satisfies(finding ->
        assertThat(finding.related().get(0).range()).isEqualTo(c21.sharedKey().rangeOr(null)));
  }

  @Test
  void unknownKeyIsNotCheckedWithoutPrintingAnything() {
    TwoGateways t = new TwoGateways();
    t.f.vnet2vnet("gw1-to-gw2", t.gw1, t.gw2, t.f.key(KEY_1));
    t.f.vnet2vnet("gw2-to-gw1", t.gw2, t.gw1, t.f.unknown("Key Vault reference to secret 'vpn-psk'"));
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("gw2-to-gw1", "vpn-psk"));
    assertNoKeyIn(run, KEY_1);
  }

  @Test
  void unknownLocalGatewayAddressIsNotCheckedOnlyWhenAConnectionComesBack() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway unknownSite = t.f.lng("site", t.f.unknown("parameter 'siteAddress' has no value"),
        Field.absent(), t.f.prefixes("192.168.0.0/16"), Field.absent());
    t.f.ipsec("gw1-to-site", t.gw1, unknownSite, t.f.key(KEY_1));
    RuleRun alone = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(alone.notChecked()).isEmpty();

    LocalNetworkGateway lngFor1 = t.f.lng("lng-for-gw1", Field.absent(), t.f.refTo(t.pip1),
        t.f.prefixes("10.1.0.0/16"), Field.absent());
    t.f.ipsec("gw2-to-gw1", t.gw2, lngFor1, t.f.key(KEY_2));
    RuleRun withReturn = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(withReturn.findings()).isEmpty();
    assertThat(withReturn.notChecked()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("gw1-to-site", "siteAddress"));
  }

  @Test
  void connectionsOfTheSameDirectionAreNoPair() {
    TwoGateways t = new TwoGateways();
    t.f.vnet2vnet("a", t.gw1, t.gw2, t.f.key(KEY_1));
    t.f.vnet2vnet("b", t.gw1, t.gw2, t.f.key(KEY_2));
    assertThat(RuleRun.of(new SharedKeyMismatch(), t.f).findings()).isEmpty();
  }

  @Test
  void aVnet2VnetToAGatewayOutsideTheScanIsSilent() {
    TwoGateways t = new TwoGateways();
    t.f.with(new Connection(t.f.header("Microsoft.Network/connections", "x"), t.f.known("Vnet2Vnet"),
        t.f.refTo(t.gw1), t.f.known((ResourceRef) new ResourceRef.ById(io.vnetlint.model.ResourceId.of(
            "Microsoft.Network/virtualNetworkGateways", "elsewhere"))), Field.absent(), Field.absent(),
        t.f.key(KEY_1), Field.absent(), Field.absent(), Field.absent(), Field.absent()));
    RuleRun run = RuleRun.of(new SharedKeyMismatch(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  static void assertNoKeyIn(RuleRun run, String... keys) {
    List<String> texts = new ArrayList<>();
    for (Finding f : run.findings()) {
      texts.add(f.message());
      texts.add(f.messageWithVariant());
      texts.add(f.primary().message());
      f.related().forEach(l -> texts.add(l.message()));
      texts.addAll(f.identity());
      texts.add(f.toString());
    }
    run.notChecked().forEach(d -> texts.add(d.message()));
    run.notChecked().forEach(d -> texts.add(d.toString()));
    for (String text : texts) {
      for (String key : keys) {
        assertThat(text).doesNotContain(key);
      }
    }
    assertThat(new Secret(keys[0]).toString()).doesNotContain(keys[0]);
  }
}
