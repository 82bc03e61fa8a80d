package io.vnetlint.hcl.eval.functions;

import static io.vnetlint.hcl.eval.functions.Fn.eval;
import static io.vnetlint.hcl.eval.functions.Fn.n;
import static io.vnetlint.hcl.eval.functions.Fn.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terraform's documented examples (developer.hashicorp.com/terraform/language/functions/cidr*) and its errors. */
class CidrFunctionsTest {

  @Test
  void cidrsubnetDocumentedExamples() {
    assertThat(eval("cidrsubnet", s("172.16.0.0/12"), n(4), n(2))).isEqualTo("\"172.18.0.0/16\"");
    assertThat(eval("cidrsubnet", s("10.1.2.0/24"), n(4), n(15))).isEqualTo("\"10.1.2.240/28\"");
    assertThat(eval("cidrsubnet", s("fd00:fd12:3456:7890::/56"), n(16), n(162)))
        .isEqualTo("\"fd00:fd12:3456:7800:a200::/72\"");
  }

  @Test
  void cidrsubnetTypicalHubSpokeUse() {
    assertThat(eval("cidrsubnet", s("10.0.0.0/16"), n(8), n(0))).isEqualTo("\"10.0.0.0/24\"");
    assertThat(eval("cidrsubnet", s("10.0.0.0/16"), n(8), n(255))).isEqualTo("\"10.0.255.0/24\"");
    assertThat(eval("cidrsubnet", s("10.0.0.0/8"), n(0), n(0))).isEqualTo("\"10.0.0.0/8\"");
    // host bits in the base are cleared, as Go's ParseCIDR does
    assertThat(eval("cidrsubnet", s("10.1.2.3/24"), n(8), n(5))).isEqualTo("\"10.1.2.5/32\"");
    // Terraform's automatic conversion of a numeric string argument
    assertThat(eval("cidrsubnet", s("10.0.0.0/16"), s("8"), s("3"))).isEqualTo("\"10.0.3.0/24\"");
    // leading zeros are decimal, a documented historical accident
    assertThat(eval("cidrsubnet", s("010.001.0.0/16"), n(8), n(1))).isEqualTo("\"10.1.1.0/24\"");
    assertThat(eval("cidrsubnet", s("2001:db8::/32"), n(16), n(1))).isEqualTo("\"2001:db8:1::/48\"");
  }

  @Test
  void cidrsubnetErrors() {
    assertThat(eval("cidrsubnet", s("10.1.2.0/24"), n(4), n(16))).isEqualTo(
        "unknown(call to function \"cidrsubnet\" failed: prefix extension of 4 does not accommodate a subnet numbered 16)");
    assertThat(eval("cidrsubnet", s("10.1.2.0/24"), n(9), n(0))).isEqualTo(
        "unknown(call to function \"cidrsubnet\" failed: insufficient address space to extend prefix of 24 by 9)");
    assertThat(eval("cidrsubnet", s("10.1.2.0"), n(4), n(1))).isEqualTo(
        "unknown(call to function \"cidrsubnet\" failed: invalid CIDR expression: invalid CIDR address: 10.1.2.0)");
    assertThat(eval("cidrsubnet", s("10.1.2.0/33"), n(1), n(1))).startsWith("unknown(call to function");
    assertThat(eval("cidrsubnet", s("not-an-ip/8"), n(1), n(1))).startsWith("unknown(call to function");
    assertThat(eval("cidrsubnet", s("10.0.0.0/16"), n("1.5"), n(1))).contains("whole number");
  }

  @Test
  void cidrhostDocumentedExamples() {
    assertThat(eval("cidrhost", s("10.12.112.0/20"), n(16))).isEqualTo("\"10.12.112.16\"");
    assertThat(eval("cidrhost", s("10.12.112.0/20"), n(268))).isEqualTo("\"10.12.113.12\"");
    assertThat(eval("cidrhost", s("fd00:fd12:3456:7890:00a2::/72"), n(34))).isEqualTo("\"fd00:fd12:3456:7890::22\"");
  }

  @Test
  void cidrhostNegativeNumbersCountFromTheEnd() {
    assertThat(eval("cidrhost", s("10.0.0.0/24"), n(-1))).isEqualTo("\"10.0.0.255\"");
    assertThat(eval("cidrhost", s("10.0.0.0/24"), n(-256))).isEqualTo("\"10.0.0.0\"");
    assertThat(eval("cidrhost", s("10.0.0.0/24"), n(-257))).startsWith("unknown(call to function \"cidrhost\" failed:"
        + " prefix of 24 does not accommodate a host numbered");
    assertThat(eval("cidrhost", s("10.0.0.0/24"), n(256))).isEqualTo(
        "unknown(call to function \"cidrhost\" failed: prefix of 24 does not accommodate a host numbered 256)");
  }

  @Test
  void cidrnetmask() {
    assertThat(eval("cidrnetmask", s("172.16.0.0/12"))).isEqualTo("\"255.240.0.0\"");
    assertThat(eval("cidrnetmask", s("10.0.0.0/32"))).isEqualTo("\"255.255.255.255\"");
    assertThat(eval("cidrnetmask", s("0.0.0.0/0"))).isEqualTo("\"0.0.0.0\"");
    assertThat(eval("cidrnetmask", s("fd00::/8"))).isEqualTo(
        "unknown(call to function \"cidrnetmask\" failed: IPv6 addresses cannot have a netmask: fd00::/8)");
  }

  @Test
  void cidrsubnetsDocumentedExamples() {
    assertThat(eval("cidrsubnets", s("10.1.0.0/16"), n(4), n(4), n(8), n(4)))
        .isEqualTo("[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/24\", \"10.1.48.0/20\"]");
    assertThat(eval("cidrsubnets", s("fd00:fd12:3456:7890::/56"), n(16), n(16), n(16), n(32)))
        .isEqualTo("[\"fd00:fd12:3456:7800::/72\", \"fd00:fd12:3456:7800:100::/72\", "
            + "\"fd00:fd12:3456:7800:200::/72\", \"fd00:fd12:3456:7800:300::/88\"]");
    assertThat(eval("cidrsubnets", s("10.0.0.0/8"), n(8), n(8), n(8), n(8)))
        .isEqualTo("[\"10.0.0.0/16\", \"10.1.0.0/16\", \"10.2.0.0/16\", \"10.3.0.0/16\"]");
    assertThat(eval("cidrsubnets", s("10.1.0.0/16"))).isEqualTo("[]");
  }

  @Test
  void cidrsubnetsErrors() {
    assertThat(eval("cidrsubnets", s("10.0.0.0/30"), n(1), n(1), n(1))).isEqualTo(
        "unknown(call to function \"cidrsubnets\" failed: not enough remaining address space for a subnet with a"
            + " prefix of 31 bits after 10.0.0.2/31)");
    assertThat(eval("cidrsubnets", s("10.0.0.0/24"), n(0))).isEqualTo(
        "unknown(call to function \"cidrsubnets\" failed: must extend prefix by at least one bit)");
    assertThat(eval("cidrsubnets", s("10.0.0.0/24"), n(9))).isEqualTo(
        "unknown(call to function \"cidrsubnets\" failed: would extend prefix to 33 bits, which is too long for an"
            + " IPv4 address)");
    assertThat(eval("cidrsubnets", s("fd00::/8"), n(33))).isEqualTo(
        "unknown(call to function \"cidrsubnets\" failed: may not extend prefix by more than 32 bits)");
  }

  @Test
  void cidrsubnetsAtTheTopOfTheAddressSpaceDoNotWrap() {
    assertThat(eval("cidrsubnets", s("255.255.255.0/24"), n(1), n(1)))
        .isEqualTo("[\"255.255.255.0/25\", \"255.255.255.128/25\"]");
    assertThat(eval("cidrsubnets", s("255.255.255.0/24"), n(1), n(1), n(1))).startsWith("unknown(call to function");
    // hashicorp/terraform#35486: go-cidr's NextSubnet reports a rollover when stepping from the (wrapped)
    // previous subnet to an all-zero base, so Terraform refuses any base that starts at 0.0.0.0
    assertThat(eval("cidrsubnets", s("0.0.0.0/1"), n(1), n(1))).isEqualTo("unknown(call to function \"cidrsubnets\""
        + " failed: not enough remaining address space for a subnet with a prefix of 2 bits after 192.0.0.0/2)");
    assertThat(eval("cidrsubnet", s("0.0.0.0/1"), n(1), n(1))).isEqualTo("\"64.0.0.0/2\"");
  }

  @Test
  void ipv6FormattingFollowsGo() {
    assertThat(eval("cidrhost", s("2001:db8::/64"), n(1))).isEqualTo("\"2001:db8::1\"");
    // a single zero group is not compressed; the longest run is
    assertThat(eval("cidrhost", s("2001:db8:0:1::/64"), n(1))).isEqualTo("\"2001:db8:0:1::1\"");
    assertThat(eval("cidrhost", s("::/0"), n(0))).isEqualTo("\"::\"");
    assertThat(eval("cidrsubnet", s("::/0"), n(16), n(0x2001))).isEqualTo("\"2001::/16\"");
  }
}
