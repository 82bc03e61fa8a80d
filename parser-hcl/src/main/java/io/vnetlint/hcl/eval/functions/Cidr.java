package io.vnetlint.hcl.eval.functions;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.math.BigInteger;

/**
 * An IP network as Go's {@code net.ParseCIDR} reads it (Terraform's {@code ipaddr} fork: the address part may have
 * host bits set, which are cleared), with the address as an unsigned integer of 32 or 128 bits, and Go's
 * formatting of addresses and networks.
 */
record Cidr(BigInteger network, int prefixLength, int bits) {

  private static final IPAddressStringParameters PARAMS = new IPAddressStringParameters.Builder()
      .allowEmpty(false)
      .allowSingleSegment(false)
      .allowPrefix(false)
      .allowMask(false)
      .allowWildcardedSeparator(false)
      .getIPv4AddressParametersBuilder()
          .allow_inet_aton(false)
          .allowLeadingZeros(true) // Terraform's ipaddr fork keeps Go 1.16's acceptance of "010.1.2.0" (decimal)
          .allowPrefixLengthLeadingZeros(true)
          .allowWildcardedSeparator(false)
          .getParentBuilder()
      .getIPv6AddressParametersBuilder()
          .allowZone(false)
          .allowWildcardedSeparator(false)
          .getParentBuilder()
      .toParams();

  static Cidr parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw invalid(text);
    }
    String address = text.substring(0, slash);
    String length = text.substring(slash + 1);
    if (length.isEmpty() || length.length() > 8 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw invalid(text);
    }
    IPAddress ip;
    try {
      ip = new IPAddressString(address, PARAMS).toAddress();
    } catch (Exception e) {
      throw invalid(text);
    }
    if (ip == null || ip.isMultiple() || ip.isPrefixed() || address.contains("*")) {
      throw invalid(text);
    }
    int bits = ip.isIPv4() ? 32 : 128;
    int prefix = Integer.parseInt(length);
    if (prefix > bits) {
      throw invalid(text);
    }
    return new Cidr(ip.getValue().and(mask(prefix, bits)), prefix, bits);
  }

  private static FunctionError invalid(String text) {
    return new FunctionError("invalid CIDR expression: invalid CIDR address: " + text);
  }

  static BigInteger mask(int prefix, int bits) {
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return all.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
  }

  boolean ipv4() {
    return bits == 32;
  }

  /** The last address of the network. */
  BigInteger last() {
    return network.or(BigInteger.ONE.shiftLeft(bits - prefixLength).subtract(BigInteger.ONE));
  }

  boolean contains(BigInteger address) {
    return address.and(mask(prefixLength, bits)).equals(network);
  }

  @Override
  public String toString() {
    return format(network, bits) + "/" + prefixLength;
  }

  /** An address as Go's {@code net.IP.String} writes it. */
  static String format(BigInteger address, int bits) {
    if (bits == 32) {
      return dotted(address.longValue());
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = address.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    }
    if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
        && groups[5] == 0xffff) {
      return dotted(address.longValue() & 0xffffffffL); // Go prints IPv4-mapped addresses as IPv4
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }

  private static String dotted(long v) {
    return ((v >> 24) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 8) & 0xff) + "." + (v & 0xff);
  }
}
