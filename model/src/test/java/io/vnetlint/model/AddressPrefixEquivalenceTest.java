package io.vnetlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Plain IPv4 prefixes are read by hand and compared with int arithmetic; everything must come out exactly as the
 * IPAddress library alone said before: which texts are prefixes, their family, length and block, and which pairs
 * overlap or contain each other. The reference below is the library-only implementation.
 */
class AddressPrefixEquivalenceTest {
  private static final SourceRange AT = SourceRange.fileStart("t.json");

  private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
      .allowEmpty(false)
      .allowAll(false)
      .allowPrefixOnly(false)
      .allowSingleSegment(false)
      .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
      .getIPv4AddressParametersBuilder().allow_inet_aton(false).getParentBuilder()
      .toParams();

  /** The block the library alone gives, empty when it is no prefix. */
  private static Optional<IPAddress> reference(String text) {
    try {
      IPAddress address = new IPAddressString(text.trim(), STRICT).toAddress();
      if (address == null) {
        return Optional.empty();
      }
      return Optional.of(address.isPrefixed() ? address.toPrefixBlock() : address.withoutPrefixLength());
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static final List<String> HAND_PICKED = List.of(
      "10.0.0.0/16", "10.0.0.5/24", " 10.1.0.0/24 ", "\t10.1.0.0/24\n", "10.0.0.1", "0.0.0.0/0", "0.0.0.0",
      "255.255.255.255", "255.255.255.255/32", "255.255.255.255/31", "1.2.3.4/0", "1.2.3.4/1", "128.0.0.0/1",
      "10.0.0.0/33", "10.0.0.0/99", "10.0.0.0/100", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0//8", "10.0.0.0/8/8",
      "10.0.0.0/08", "10.0.0.0/008", "10.0.0.0/00", "010.0.0.0/8", "10.00.0.0/16", "10.0.0.00", "10.0.0.000",
      "0010.0.0.0/8", "256.0.0.0/8", "10.0.0.256", "1000.0.0.0", "10.0.0", "10.0", "10", "10.0.0.0.0",
      "10.0.0.0.", ".10.0.0.0", "10..0.0", "10.0.0.0 /16", "10.0.0.0/ 16", "10.0.0.0/16 x", "+10.0.0.0/8",
      "-10.0.0.0/8", "10.0.0.0/+8", "0x0a.0.0.0/8", "10.0.0.0/0x8", "1e1.0.0.0", "١٠.0.0.0/8", "10.0.0.0/١٦",
      "10.0.*.*", "10.0.0.0-10.0.0.255", "1-2.3.4.5/16", "*", "", " ", "/16", "abc", "10.1",
      "fd00:db8::/48", "fd00:db8::1/48", "::/0", "::", "::1", "::ffff:10.0.0.1", "::ffff:10.0.0.0/104",
      "::ffff:0:0/96", "2001:db8::/129", "2001:db8::/32", "2001:DB8::/32", "2001:db8:0:0:0:0:0:0/64",
      "10.0.0.0/16\u0000", "10.0.0.0\u00a0/16", "10.0.0.0/16%eth0", "fe80::1%eth0", "[::1]", "10.0.0.0/255.255.0.0",
      "10.0.0.0/255.0.0.0", "192.168.1.1/24", "172.16.0.0/12", "169.254.0.0/16", "169.254.21.1/30",
      "100.64.0.0/10", "224.0.0.0/4", "99999999999.0.0.0", "10.0.0.0/99999999999");

  private static List<String> inputs() {
    List<String> inputs = new ArrayList<>(HAND_PICKED);
    Random random = new Random(8);
    String[] pads = {"", "", "", " ", "\t", "  "};
    for (int i = 0; i < 4000; i++) {
      StringBuilder sb = new StringBuilder(pads[random.nextInt(pads.length)]);
      for (int octet = 0; octet < 4; octet++) {
        if (octet > 0) {
          sb.append('.');
        }
        int kind = random.nextInt(20);
        int value = kind < 6 ? random.nextInt(4) : kind < 8 ? 250 + random.nextInt(10) : random.nextInt(256);
        sb.append(kind == 19 ? "0" + value : String.valueOf(value));
      }
      int suffix = random.nextInt(10);
      if (suffix < 8) {
        int length = random.nextInt(36);
        sb.append('/').append(suffix == 7 ? "0" + length : String.valueOf(length));
      }
      sb.append(pads[random.nextInt(pads.length)]);
      inputs.add(sb.toString());
    }
    return inputs;
  }

  @Test
  void everyTextReadsAsTheLibraryReadsIt() {
    int plain = 0;
    for (String text : inputs()) {
      Optional<IPAddress> expected = reference(text);
      Optional<AddressPrefix> actual = AddressPrefix.parse(text, AT);
      assertThat(actual.isPresent()).as("is %s a prefix", text).isEqualTo(expected.isPresent());
      if (expected.isEmpty()) {
        continue;
      }
      AddressPrefix p = actual.orElseThrow();
      IPAddress block = expected.orElseThrow();
      Integer length = block.getNetworkPrefixLength();
      assertThat(p.text()).isEqualTo(text.trim());
      assertThat(p.isIpv4()).as(text).isEqualTo(block.isIPv4());
      assertThat(p.prefixLength()).as(text).isEqualTo(length == null ? block.getBitCount() : length);
      assertThat(p.block()).as(text).isEqualTo(block);
      assertThat(p.block().toString()).as(text).isEqualTo(block.toString());
      assertThat(p.block().getNetworkPrefixLength()).as(text).isEqualTo(length);
      assertThat(p.firstAddress()).as(text).isEqualTo(block.getLower().getValue());
      assertThat(p.lastAddress()).as(text).isEqualTo(block.getUpper().getValue());
      for (int supernet = 0; supernet <= p.prefixLength(); supernet += 1 + supernet / 8) {
        assertThat(p.firstAddressOfSupernet(supernet)).as("%s in /%d", text, supernet)
            .isEqualTo(block.toPrefixBlock(supernet).getLower().getValue());
      }
      if (AddressPrefix.plainIpv4(text.trim()) >= 0) {
        plain++;
      }
    }
    assertThat(plain).as("texts read by hand").isGreaterThan(1000);
  }

  @Test
  void overlapAndContainmentAreTheLibrarysForEveryPair() {
    List<String> texts = new ArrayList<>(List.of(
        "10.0.0.0/8", "10.0.0.0/16", "10.0.0.5/24", "10.0.1.0/24", "10.0.0.1", "10.0.0.1/32", "0.0.0.0/0",
        "128.0.0.0/1", "127.255.255.255", "255.255.255.255", "192.168.0.0/16", "192.168.255.255/31",
        "fd00:db8::/48", "fd00:db8::1", "::/0", "::ffff:10.0.0.0/104", "::ffff:10.0.0.1", "2001:db8::/32"));
    Random random = new Random(9);
    for (int i = 0; i < 150; i++) {
      int a = random.nextInt(4) == 0 ? random.nextInt() : (10 << 24) | random.nextInt(1 << 12) << 8;
      texts.add(((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255)
          + (random.nextInt(6) == 0 ? "" : "/" + (8 + random.nextInt(25))));
    }
    List<AddressPrefix> prefixes = new ArrayList<>();
    List<IPAddress> blocks = new ArrayList<>();
    for (String t : texts) {
      prefixes.add(AddressPrefix.parse(t, AT).orElseThrow());
      blocks.add(reference(t).orElseThrow());
    }
    int overlapping = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = 0; j < texts.size(); j++) {
        IPAddress a = blocks.get(i);
        IPAddress b = blocks.get(j);
        boolean sameFamily = a.isIPv4() == b.isIPv4();
        boolean overlaps = sameFamily && (a.contains(b) || b.contains(a));
        boolean contains = sameFamily && a.contains(b);
        String pair = texts.get(i) + " / " + texts.get(j);
        assertThat(prefixes.get(i).overlaps(prefixes.get(j))).as("overlaps " + pair).isEqualTo(overlaps);
        assertThat(prefixes.get(i).contains(prefixes.get(j))).as("contains " + pair).isEqualTo(contains);
        overlapping += overlaps && i != j ? 1 : 0;
      }
    }
    assertThat(overlapping).as("overlapping pairs").isGreaterThan(100);
  }

  @Test
  void equalWhenTextAndPlaceAreEqual() {
    AddressPrefix a = AddressPrefix.parse("10.0.0.0/16", AT).orElseThrow();
    AddressPrefix b = AddressPrefix.parse(" 10.0.0.0/16", AT).orElseThrow();
    AddressPrefix elsewhere = AddressPrefix.parse("10.0.0.0/16", SourceRange.fileStart("u.json")).orElseThrow();
    AddressPrefix given = new AddressPrefix("10.0.0.0/16", a.block(), AT);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(a).isNotEqualTo(elsewhere).isNotEqualTo(AddressPrefix.parse("10.0.0.0/17", AT).orElseThrow());
    assertThat(given.prefixLength()).isEqualTo(16);
    assertThat(given.contains(a)).isTrue();
    assertThat(a.block()).isSameAs(a.block());
    assertThat(a).hasToString("10.0.0.0/16");
  }

  @Test
  void aGivenBlockWithHostBitsIsClearedLikeAParsedOne() throws Exception {
    AddressPrefix given = new AddressPrefix("10.0.0.1/24",
        new inet.ipaddr.IPAddressString("10.0.0.1/24").toAddress(), AT);
    AddressPrefix parsed = AddressPrefix.parse("10.0.0.1/24", AT).orElseThrow();
    AddressPrefix host = AddressPrefix.parse("10.0.0.7", AT).orElseThrow();

    assertThat(given.block()).isEqualTo(parsed.block());
    assertThat(given.contains(host)).isEqualTo(given.block().contains(host.block())).isTrue();
    assertThat(given.firstAddress()).isEqualTo(parsed.firstAddress());
  }
}
