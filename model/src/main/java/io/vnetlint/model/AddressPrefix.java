package io.vnetlint.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * One CIDR prefix as written in source ({@code 10.0.0.0/16}, {@code fd00:db8::/48}), with its location. Host bits
 * are ignored for comparisons, as Azure does when it normalizes prefixes.
 */
public record AddressPrefix(String text, IPAddress block, SourceRange range) {

  /**
   * Only the notation Azure accepts: dotted-quad IPv4 and standard IPv6, with an optional prefix length. The
   * library's lenient defaults would read "" as the loopback address (an empty parameter default became
   * 127.0.0.1), "10.1" as 10.0.0.1, and accept wildcards and ranges.
   */
  private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
      .allowEmpty(false)
      .allowAll(false)
      .allowPrefixOnly(false)
      .allowSingleSegment(false)
      .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
      .getIPv4AddressParametersBuilder().allow_inet_aton(false).getParentBuilder()
      .toParams();

  /** Parses {@code text}; empty when it is not a CIDR prefix (a bare address counts as /32 or /128). */
  public static Optional<AddressPrefix> parse(String text, SourceRange range) {
    try {
      IPAddress address = new IPAddressString(text.trim(), STRICT).toAddress();
      if (address == null) {
        return Optional.empty();
      }
      IPAddress block = address.isPrefixed() ? address.toPrefixBlock() : address.withoutPrefixLength();
      return Optional.of(new AddressPrefix(text.trim(), block, range));
    } catch (AddressStringException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public boolean isIpv4() {
    return block.isIPv4();
  }

  /** The prefix length: 16 for {@code 10.0.0.0/16}; 32 or 128 for a single address. */
  public int prefixLength() {
    Integer length = block.getNetworkPrefixLength();
    return length == null ? block.getBitCount() : length;
  }

  /** True when the two prefixes share at least one address. */
  public boolean overlaps(AddressPrefix other) {
    if (block.isIPv4() != other.block.isIPv4()) {
      return false;
    }
    return block.contains(other.block) || other.block.contains(block);
  }

  /** True when every address of {@code other} is in this prefix. */
  public boolean contains(AddressPrefix other) {
    return block.isIPv4() == other.block.isIPv4() && block.contains(other.block);
  }

  @Override
  public String toString() {
    return text;
  }
}
