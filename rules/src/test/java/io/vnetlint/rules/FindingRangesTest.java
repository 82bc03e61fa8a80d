package io.vnetlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.testing.FixtureScan;
import io.vnetlint.rules.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Exact ranges and messages of findings on ARM fixtures (start and end line and column, columns in UTF-16 code
 * units, end exclusive), the way TFLint compares {@code hcl.Range}s. The generic fixture test compares lines only.
 * ARM ranges: an attribute is its whole member from key to value, a reference its {@code "id"} member, a resource
 * header its {@code "name"} member, an address prefix its string literal.
 */
class FindingRangesTest {

  private static FixtureScan scan(String fixture) {
    FixtureScan scan = FixtureScan.of(Fixtures.root().resolve(fixture));
    assertThat(scan.wasRead()).as(fixture + " was read by the ARM front end").isTrue();
    return scan;
  }

  private static void assertRange(SourceRange r, int startLine, int startColumn, int endLine, int endColumn) {
    assertThat(new int[] {r.startLine(), r.startColumn(), r.endLine(), r.endColumn()})
        .as(r.toString()).containsExactly(startLine, startColumn, endLine, endColumn);
  }

  @Test
  void useRemoteGatewaysWithoutTransitPointsAtTheFlagAndTheReversePeering() {
    Finding f = scan("VNL103/bad-transit-not-allowed.json").single("VNL103").orElseThrow();
    assertThat(f.primary().range().file()).isEqualTo("bad-transit-not-allowed.json");
    assertRange(f.primary().range(), 147, 9, 147, 34);
    assertThat(f.message()).isEqualTo("peering 'spoke-to-hub' sets useRemoteGateways, but the reverse peering "
        + "'hub-to-spoke' does not allow gateway transit");
    assertThat(f.related()).singleElement().satisfies(l -> {
      assertRange(l.range(), 117, 7, 117, 33); // "name": "hub/hub-to-spoke"
      assertThat(l.message()).isEqualTo(
          "reverse peering 'hub-to-spoke' does not set allowGatewayTransit (default false)");
    });
    assertThat(f.level()).isEqualTo(Level.ERROR);
  }

  @Test
  void overlapPointsAtTheRemoteReferenceWithBothAddressSpacesRelated() {
    FixtureScan scan = scan("VNL101/bad-hub-spoke-overlap.json");
    Finding f = scan.findingsOf("VNL101").get(0);
    assertRange(f.primary().range(), 65, 11, 65, 77);
    assertThat(f.message()).isEqualTo("peering 'hub-to-spoke' joins virtual network 'hub' and remote virtual "
        + "network 'spoke', whose address spaces overlap: 10.0.0.0/16 overlaps 10.0.128.0/20; Azure refuses to peer "
        + "virtual networks with overlapping address spaces");
    assertThat(f.related()).hasSize(2);
    assertRange(f.related().get(0).range(), 19, 11, 21, 12);
    assertThat(f.related().get(0).message()).isEqualTo("local virtual network 'hub' (address space 10.0.0.0/16)");
    assertRange(f.related().get(1).range(), 40, 11, 42, 12);
    assertThat(f.related().get(1).message())
        .isEqualTo("remote virtual network 'spoke' (address space 10.0.128.0/20)");
  }

  @Test
  void gatewaySubnetSizePointsAtThePrefixWithItsLevel() {
    Finding warning = scan("VNL902/bad-gateway-subnet-28.json").single("VNL902").orElseThrow();
    assertRange(warning.primary().range(), 28, 32, 28, 47);
    assertThat(warning.level()).isEqualTo(Level.WARNING);
    assertThat(warning.message()).startsWith("GatewaySubnet of virtual network 'hub' has prefix 10.0.255.0/28, "
        + "smaller than the recommended /27");

    Finding error = scan("VNL902/bad-gateway-subnet-30.json").single("VNL902").orElseThrow();
    assertRange(error.primary().range(), 42, 26, 42, 41);
    assertThat(error.level()).isEqualTo(Level.ERROR);
  }

  @Test
  void reservedAsnPointsAtTheAsn() {
    Finding f = scan("VNL605/bad-reserved-gateway-asn.json").single("VNL605").orElseThrow();
    assertRange(f.primary().range(), 79, 11, 79, 23);
    assertThat(f.message()).isEqualTo("virtual network gateway 'hub-gw' uses reserved ASN 65518 (Azure reserves "
        + "65517-65520 for its own use); use a private ASN from 64512-65514 or 65521-65534");
  }

  @Test
  void missingSharedKeyPointsAtTheConnectionWithoutKey() {
    Finding f = scan("VNL203/bad-ipsec-missing-key.json").single("VNL203").orElseThrow();
    assertRange(f.primary().range(), 240, 7, 240, 31); // "name": "vnet2-to-vnet1"
    assertThat(f.related()).singleElement().satisfies(l -> {
      assertRange(l.range(), 231, 9, 231, 49); // "sharedKey": "[parameters('sharedKey')]"
      assertThat(l.message()).isEqualTo("reverse connection 'vnet1-to-vnet2' sets a shared key");
    });
    assertThat(f.message()).isEqualTo("connection 'vnet2-to-vnet1' sets no shared key, but its reverse connection "
        + "'vnet1-to-vnet2' (between gateways 'vnet1-gw' and 'vnet2-gw') does; Azure generates a random key for "
        + "'vnet2-to-vnet1', so the keys cannot match");
    assertThat(f.messageWithVariant()).endsWith("(with parameters from bad-ipsec-missing-key.parameters.json)");
  }

  @Test
  void gatewaySubnetNamePointsAtTheSubnetReference() {
    Finding f = scan("VNL901/bad-gateway-subnet-named-gateway.json").single("VNL901").orElseThrow();
    assertRange(f.primary().range(), 84, 17, 84, 100);
    assertThat(f.message()).isEqualTo("virtual network gateway 'hub-gw' places IP configuration "
        + "'vnetGatewayConfig' in subnet 'gateway'; a gateway must be deployed in the subnet named 'GatewaySubnet'");
  }
}
