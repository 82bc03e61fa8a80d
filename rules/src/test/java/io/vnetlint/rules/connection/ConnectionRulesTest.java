package io.vnetlint.rules.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cases of the Scenario 1 connection rules that fixtures can hardly express: unknowns and edge cases. */
class ConnectionRulesTest {

  /** Two VNets with a gateway each; the public IPs have known addresses. */
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

    LocalNetworkGateway lng(String name, String address, String... prefixes) {
      return f.lng(name, address == null ? Field.absent() : f.known(address), Field.absent(),
          f.prefixes(prefixes), Field.absent());
    }

    Connection connection(String name, Field<String> type, Field<ResourceRef> g1, Field<ResourceRef> g2,
        Field<ResourceRef> lng, Field<List<Map<String, String>>> policies) {
      return f.with(new Connection(f.header("Microsoft.Network/connections", name), type, g1, g2, lng,
          Field.absent(), Field.absent(), Field.absent(), policies, Field.absent(), Field.absent()));
    }

    VirtualNetworkGateway gatewayWithVpnType(String name, Field<String> vpnType, Subnet subnet, PublicIp pip) {
      VirtualNetworkGateway.IpConfiguration ip = new VirtualNetworkGateway.IpConfiguration(
          f.known("cfg"), f.next(), f.refTo(subnet), f.refTo(pip));
      return f.with(new VirtualNetworkGateway(f.header("Microsoft.Network/virtualNetworkGateways", name),
          f.known("Vpn"), vpnType, f.known("Basic"), Field.absent(), f.known(false), Field.absent(),
          Field.absent(), f.known(List.of(ip)), Field.absent()));
    }
  }

  private static Map<String, String> policy(String ikeEncryption) {
    return Map.of("ikeencryption", ikeEncryption, "ikeintegrity", "SHA384", "dhgroup", "DHGroup24",
        "ipsecencryption", "AES256", "ipsecintegrity", "SHA256", "pfsgroup", "PFS24",
        "salifetimeseconds", "27000", "sadatasizekilobytes", "102400000");
  }

  // VNL207

  @Test
  void partnerWrittenAsUnknownIsNoMissingPartner() {
    TwoGateways t = new TwoGateways();
    t.connection("c", t.f.known("IPsec"), t.f.refTo(t.gw1), Field.absent(),
        t.f.unknown("parameter 'lngId' has no value"), Field.absent());
    RuleRun run = RuleRun.of(new ConnectionPartnerMissing(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void expressRouteWithoutCircuitIsReported() {
    TwoGateways t = new TwoGateways();
    Connection c = t.connection("er", t.f.known("ExpressRoute"), t.f.refTo(t.gw1), Field.absent(), Field.absent(),
        Field.absent());
    RuleRun run = RuleRun.of(new ConnectionPartnerMissing(), t.f);
    assertThat(run.findings()).singleElement().satisfies(f -> {
      assertThat(f.primary().range()).isEqualTo(c.header().range());
      assertThat(f.message()).contains("ExpressRoute circuit", "'er'");
    });
  }

  @Test
  void unknownOwnGatewayMakesAMissingPartnerNotChecked() {
    TwoGateways t = new TwoGateways();
    t.connection("module", t.f.known("IPsec"), t.f.unknown("parameter 'gateway' has no value"), Field.absent(),
        Field.absent(), Field.absent());
    RuleRun run = RuleRun.of(new ConnectionPartnerMissing(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("module"));
  }

  @Test
  void vpnClientConnectionsNeedNoPartner() {
    TwoGateways t = new TwoGateways();
    t.connection("p2s", t.f.known("VPNClient"), t.f.refTo(t.gw1), Field.absent(), Field.absent(), Field.absent());
    assertThat(RuleRun.of(new ConnectionPartnerMissing(), t.f).findings()).isEmpty();
  }

  // VNL209

  @Test
  void unknownVpnTypeIsNotCheckedAndAbsentIsRouteBased() {
    TwoGateways t = new TwoGateways();
    VirtualNetworkGateway unknown = t.gatewayWithVpnType("gw3", t.f.unknown("parameter 'vpnType' has no value"),
        t.sub2, t.pip2);
    VirtualNetworkGateway absent = t.gatewayWithVpnType("gw4", Field.absent(), t.sub2, t.pip2);
    t.f.vnet2vnet("to-gw3", t.gw1, unknown, Field.absent());
    t.f.vnet2vnet("to-gw4", t.gw1, absent, Field.absent());
    RuleRun run = RuleRun.of(new Vnet2VnetOnPolicyBasedGateway(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("gw3", "vpnType"));
  }

  @Test
  void policyBasedGatewayIsReportedOnceWithAllItsConnections() {
    TwoGateways t = new TwoGateways();
    VirtualNetworkGateway policy = t.gatewayWithVpnType("gw3", t.f.known("policybased"), t.sub2, t.pip2);
    Connection a = t.f.vnet2vnet("a", t.gw1, policy, Field.absent());
    Connection b = t.f.vnet2vnet("b", policy, t.gw1, Field.absent());
    RuleRun run = RuleRun.of(new Vnet2VnetOnPolicyBasedGateway(), t.f);
    assertThat(run.findings()).singleElement().satisfies(f -> {
      assertThat(f.primary().range()).isEqualTo(policy.vpnType().rangeOr(null));
      assertThat(f.related()).hasSize(2);
      assertThat(f.message()).contains("'a', 'b'");
    });
    assertThat(a).isNotEqualTo(b);
  }

  // VNL201

  @Test
  void unknownLocalPrefixesWithoutKnownOverlapAreNotChecked() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway site = t.f.lng("site", t.f.known("203.0.113.10"), Field.absent(),
        t.f.unknown("variable 'onprem_prefixes' has no value"), Field.absent());
    t.f.ipsec("to-site", t.gw1, site, Field.absent());
    RuleRun run = RuleRun.of(new ConnectedAddressSpaceOverlap(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("onprem_prefixes"));
  }

  // VNL202

  @Test
  void prefixesThatTogetherCoverTheNetworkAreFine() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway forGw2 = t.lng("for-gw2", "20.2.2.2", "10.2.0.0/17", "10.2.128.0/17");
    t.f.ipsec("gw1-to-gw2", t.gw1, forGw2, Field.absent());
    RuleRun run = RuleRun.of(new LocalNetworkPrefixesMismatch(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void prefixesOfAPeeredSpokeAreNotExtra() {
    TwoGateways t = new TwoGateways();
    VirtualNetwork spoke = t.f.vnet("spoke", "10.3.0.0/16");
    t.f.peering(t.vnet2, "vnet2-to-spoke", spoke, true, null);
    LocalNetworkGateway forGw2 = t.lng("for-gw2", "20.2.2.2", "10.2.0.0/16", "10.3.0.0/16", "172.16.0.0/24");
    t.f.ipsec("gw1-to-gw2", t.gw1, forGw2, Field.absent());
    RuleRun run = RuleRun.of(new LocalNetworkPrefixesMismatch(), t.f);
    assertThat(run.findings()).singleElement().satisfies(f -> {
      assertThat(f.primary().range()).isEqualTo(forGw2.addressPrefixes().rangeOr(null));
      assertThat(f.message()).contains("they list 172.16.0.0/24 outside it").doesNotContain("10.3.0.0/16 outside");
    });
  }

  @Test
  void localGatewayWithBgpIsSkipped() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway forGw2 = t.f.lng("for-gw2", t.f.known("20.2.2.2"), Field.absent(),
        t.f.prefixes("10.2.255.30/32"), t.f.bgp(65020));
    t.f.ipsec("gw1-to-gw2", t.gw1, forGw2, Field.absent());
    assertThat(RuleRun.of(new LocalNetworkPrefixesMismatch(), t.f).findings()).isEmpty();
  }

  // VNL204

  @Test
  void literalAddressOfAnotherHostIsReported() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway forGw2 = t.lng("for-gw2", "20.9.9.9", "10.2.0.0/16");
    t.f.ipsec("gw1-to-gw2", t.gw1, forGw2, Field.absent());
    RuleRun run = RuleRun.of(new LocalGatewayAddressMismatch(), t.f);
    assertThat(run.findings()).singleElement().satisfies(f -> {
      assertThat(f.primary().range()).isEqualTo(forGw2.gatewayIpAddress().rangeOr(null));
      assertThat(f.message()).contains("20.9.9.9", "'gw2-pip'");
    });
  }

  @Test
  void literalAddressCannotBeComparedWithAnAddressAllocatedAtDeployment() {
    FakeResources f = new FakeResources();
    VirtualNetwork vnet1 = f.vnet("vnet1", "10.1.0.0/16");
    VirtualNetwork vnet2 = f.vnet("vnet2", "10.2.0.0/16");
    VirtualNetworkGateway gw1 = f.gateway("gw1", "VpnGw1AZ", f.subnet(vnet1, "GatewaySubnet", "10.1.255.0/27"),
        f.publicIp("gw1-pip", null));
    f.gateway("gw2", "VpnGw1AZ", f.subnet(vnet2, "GatewaySubnet", "10.2.255.0/27"), f.publicIp("gw2-pip", null));
    LocalNetworkGateway forGw2 = f.lng("for-gw2", f.known("20.9.9.9"), Field.absent(), f.prefixes("10.2.0.0/16"),
        Field.absent());
    f.ipsec("gw1-to-gw2", gw1, forGw2, Field.absent());
    RuleRun run = RuleRun.of(new LocalGatewayAddressMismatch(), f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("gw2-pip"));
  }

  // VNL205

  @Test
  void ipsecInOneDirectionThroughARepresentingLocalGatewayIsReported() {
    TwoGateways t = new TwoGateways();
    LocalNetworkGateway forGw2 = t.f.lng("for-gw2", Field.absent(), t.f.refTo(t.pip2), t.f.prefixes("10.2.0.0/16"),
        Field.absent());
    Connection c = t.f.ipsec("gw1-to-gw2", t.gw1, forGw2, Field.absent());
    RuleRun run = RuleRun.of(new ConnectionNotReciprocated(), t.f);
    assertThat(run.findings()).singleElement().satisfies(f -> {
      assertThat(f.primary().range()).isEqualTo(c.header().range());
      assertThat(f.message()).contains("'gw1-to-gw2'", "'gw2'");
    });
  }

  @Test
  void aConnectionOfThePartnerWithUnknownTypeMakesItNotChecked() {
    TwoGateways t = new TwoGateways();
    t.f.vnet2vnet("gw1-to-gw2", t.gw1, t.gw2, Field.absent());
    t.connection("gw2-to-somewhere", t.f.unknown("parameter 'type' has no value"), t.f.refTo(t.gw2),
        t.f.refTo(t.gw1), Field.absent(), Field.absent());
    RuleRun run = RuleRun.of(new ConnectionNotReciprocated(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isNotEmpty();
  }

  @Test
  void aConnectionToAnOnPremisesSiteIsNotExpectedBack() {
    TwoGateways t = new TwoGateways();
    t.f.ipsec("gw1-to-site", t.gw1, t.lng("site", "203.0.113.10", "192.168.0.0/16"), Field.absent());
    RuleRun run = RuleRun.of(new ConnectionNotReciprocated(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  // VNL206

  @Test
  void onlyOneCustomPolicyIsReportedOnTheConnectionWithout() {
    TwoGateways t = new TwoGateways();
    t.connection("gw1-to-gw2", t.f.known("Vnet2Vnet"), t.f.refTo(t.gw1), t.f.refTo(t.gw2), Field.absent(),
        t.f.known(List.of(policy("AES256"))));
    Connection without = t.connection("gw2-to-gw1", t.f.known("Vnet2Vnet"), t.f.refTo(t.gw2), t.f.refTo(t.gw1),
        Field.absent(), Field.absent());
    RuleRun run = RuleRun.of(new IpsecPolicyMismatch(), t.f);
    assertThat(run.findings()).singleElement()
        .satisfies(f -> assertThat(f.primary().range()).isEqualTo(without.header().range()));
  }

  @Test
  void policyValuesAreComparedIgnoringCase() {
    TwoGateways t = new TwoGateways();
    t.connection("gw1-to-gw2", t.f.known("Vnet2Vnet"), t.f.refTo(t.gw1), t.f.refTo(t.gw2), Field.absent(),
        t.f.known(List.of(policy("AES256"))));
    t.connection("gw2-to-gw1", t.f.known("Vnet2Vnet"), t.f.refTo(t.gw2), t.f.refTo(t.gw1), Field.absent(),
        t.f.known(List.of(policy("aes256"))));
    RuleRun run = RuleRun.of(new IpsecPolicyMismatch(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).isEmpty();
  }

  @Test
  void unknownPolicyIsNotChecked() {
    TwoGateways t = new TwoGateways();
    t.connection("gw1-to-gw2", t.f.known("Vnet2Vnet"), t.f.refTo(t.gw1), t.f.refTo(t.gw2), Field.absent(),
        t.f.known(List.of(policy("AES256"))));
    t.connection("gw2-to-gw1", t.f.known("Vnet2Vnet"), t.f.refTo(t.gw2), t.f.refTo(t.gw1), Field.absent(),
        t.f.unknown("parameter 'policy' has no value"));
    RuleRun run = RuleRun.of(new IpsecPolicyMismatch(), t.f);
    assertThat(run.findings()).isEmpty();
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("policy"));
  }
}
