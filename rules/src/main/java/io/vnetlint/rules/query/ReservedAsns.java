package io.vnetlint.rules.query;

import java.util.Optional;

/**
 * The BGP AS numbers Azure does not accept (facts file section C, from the VPN Gateway FAQ and "How to configure
 * BGP"). 65515 is Azure's own default: valid on an Azure gateway, reserved for on-premises peers.
 */
public final class ReservedAsns {
  private ReservedAsns() {}

  /** Azure's default ASN for VPN gateways (and the one Route Server requires). */
  public static final long AZURE_DEFAULT_ASN = 65515;

  private record Range(long from, long to, String why) {
    boolean contains(long asn) {
      return asn >= from && asn <= to;
    }
  }

  private static final Range[] RESERVED = {
    new Range(0, 0, "RFC 7607 reserves ASN 0"),
    new Range(8074, 8075, "one of Azure's public ASNs"),
    new Range(12076, 12076, "one of Azure's public ASNs"),
    new Range(23456, 23456, "IANA reserves it as AS_TRANS"),
    new Range(64496, 64511, "IANA reserves 64496-64511 for documentation"),
    new Range(65517, 65520, "Azure reserves 65517-65520 for its own use"),
    new Range(65535, 65551, "IANA reserves 65535-65551"),
    new Range(4294967295L, 4294967295L, "IANA reserves the last 32-bit ASN"),
  };

  /**
   * Why {@code asn} cannot be used, or empty when it can.
   *
   * @param onPremises true for a local network gateway (an on-premises peer), false for an Azure gateway
   */
  public static Optional<String> whyReserved(long asn, boolean onPremises) {
    if (asn == AZURE_DEFAULT_ASN) {
      return onPremises
          ? Optional.of("Azure's own default ASN, which an on-premises peer can't reuse")
          : Optional.empty();
    }
    for (Range r : RESERVED) {
      if (r.contains(asn)) {
        return Optional.of(r.why());
      }
    }
    return Optional.empty();
  }
}
