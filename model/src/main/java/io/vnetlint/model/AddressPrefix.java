package io.vnetlint.model;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * One CIDR prefix as written in source ({@code 10.0.0.0/16}, {@code fd00:db8::/48}), with its location. Host bits
 * are ignored for comparisons, as Azure does when it normalizes prefixes.
 *
 * <p>Not a record: almost every prefix is a plain IPv4 CIDR, which is read by hand and compared with int arithmetic,
 * and the IPAddress {@link #block()} is only built when a caller needs it (starting that library costs more than a
 * whole small scan spends on prefixes). Two prefixes are equal when their text and location are; the block follows
 * from the text.
 */
public final class AddressPrefix {

  /**
   * Only the notation Azure accepts: dotted-quad IPv4 and standard IPv6, with an optional prefix length. The
   * library's lenient defaults would read "" as the loopback address (an empty parameter default became
   * 127.0.0.1), "10.1" as 10.0.0.1, and accept wildcards and ranges. Built on first use, with the library.
   */
  private static final class Strict {
    static final IPAddressStringParameters PARAMETERS = new IPAddressStringParameters.Builder()
        .allowEmpty(false)
        .allowAll(false)
        .allowPrefixOnly(false)
        .allowSingleSegment(false)
        .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
        .getIPv4AddressParametersBuilder().allow_inet_aton(false).getParentBuilder()
        .toParams();
  }

  private final String text;
  private final SourceRange range;
  private final boolean ipv4;
  /** The prefix length: 32 or 128 for a single address. */
  private final int length;
  /** For IPv4, the first address of the block (host bits cleared). */
  private final int ipv4Network;
  /** The block, built on first use for prefixes read by hand (two threads racing may each build an equal one). */
  private volatile IPAddress block;

  /**
   * A prefix with its block given: its length is the block's, 32 or 128 when the block has none. Host bits are
   * cleared ({@code 10.0.0.1/24} is the block {@code 10.0.0.0/24}), as {@link #parse} does.
   */
  public AddressPrefix(String text, IPAddress block, SourceRange range) {
    this.text = Objects.requireNonNull(text, "text");
    Objects.requireNonNull(block, "block");
    block = block.isPrefixed() ? block.toPrefixBlock() : block.withoutPrefixLength();
    this.block = block;
    this.range = range;
    this.ipv4 = block.isIPv4();
    Integer prefix = block.getNetworkPrefixLength();
    this.length = prefix == null ? block.getBitCount() : prefix;
    this.ipv4Network = ipv4 ? block.toIPv4().getLower().intValue() : 0;
  }

  private AddressPrefix(String text, int ipv4Network, int length, SourceRange range) {
    this.text = text;
    this.range = range;
    this.ipv4 = true;
    this.length = length;
    this.ipv4Network = ipv4Network;
  }

  /** Parses {@code text}; empty when it is not a CIDR prefix (a bare address counts as /32 or /128). */
  public static Optional<AddressPrefix> parse(String text, SourceRange range) {
    String trimmed = text.trim();
    long plain = plainIpv4(trimmed);
    if (plain >= 0) {
      int length = (int) (plain >>> 32);
      return Optional.of(new AddressPrefix(trimmed, (int) plain & mask(length), length, range));
    }
    try {
      IPAddress block = libraryBlock(trimmed);
      return block == null ? Optional.empty() : Optional.of(new AddressPrefix(trimmed, block, range));
    } catch (AddressStringException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** How the library reads a prefix: null when it is not one. */
  private static IPAddress libraryBlock(String trimmed) throws AddressStringException {
    IPAddress address = new IPAddressString(trimmed, Strict.PARAMETERS).toAddress();
    if (address == null) {
      return null;
    }
    return address.isPrefixed() ? address.toPrefixBlock() : address.withoutPrefixLength();
  }

  /**
   * The common case read by hand: four decimal octets (0 to 255, no leading zeros) and an optional {@code /0} to
   * {@code /32} (no leading zeros). Returns the length (32 when absent) in the high word and the address in the low
   * word, or -1 for anything else, which is left to the library: only text the library reads the same way is taken.
   */
  static long plainIpv4(String s) {
    int n = s.length();
    int i = 0;
    long address = 0;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (i >= n || s.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < n && i - start < 4 && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return -1;
      }
      address = (address << 8) | value;
    }
    int length = 32;
    if (i < n) {
      if (s.charAt(i) != '/') {
        return -1;
      }
      i++;
      int start = i;
      int value = 0;
      while (i < n && i - start < 3 && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (i != n || digits == 0 || digits > 2 || value > 32 || (digits > 1 && s.charAt(start) == '0')) {
        return -1;
      }
      length = value;
    }
    return ((long) length << 32) | address;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The IPv4 network mask of a prefix length. */
  private static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  /** The prefix as written, trimmed. */
  public String text() {
    return text;
  }

  public SourceRange range() {
    return range;
  }

  /**
   * The block as the IPAddress library sees it: the prefix block, or the single address without a prefix length
   * when none was written.
   */
  public IPAddress block() {
    IPAddress b = block;
    if (b == null) {
      try {
        b = libraryBlock(text);
      } catch (AddressStringException e) {
        throw new IllegalStateException("a prefix read by hand is one the library reads too: " + text, e);
      }
      block = b;
    }
    return b;
  }

  public boolean isIpv4() {
    return ipv4;
  }

  /** The prefix length: 16 for {@code 10.0.0.0/16}; 32 or 128 for a single address. */
  public int prefixLength() {
    return length;
  }

  /** The first address of the block, as an unsigned number. */
  public BigInteger firstAddress() {
    return ipv4 ? BigInteger.valueOf(ipv4Network & 0xFFFF_FFFFL) : block().getLower().getValue();
  }

  /** The last address of the block, as an unsigned number. */
  public BigInteger lastAddress() {
    return ipv4 ? BigInteger.valueOf((ipv4Network | ~mask(length)) & 0xFFFF_FFFFL) : block().getUpper().getValue();
  }

  /**
   * The first address of the block of {@code length} bits (at most {@link #prefixLength()}) that holds this prefix,
   * as an unsigned number: the start of the supernet of that length.
   */
  public BigInteger firstAddressOfSupernet(int length) {
    if (length < 0 || length > this.length) {
      throw new IllegalArgumentException("supernet length " + length + " of " + text);
    }
    return ipv4 ? BigInteger.valueOf(ipv4Network & mask(length) & 0xFFFF_FFFFL)
        : block().toPrefixBlock(length).getLower().getValue();
  }

  /** True when the two prefixes share at least one address. */
  public boolean overlaps(AddressPrefix other) {
    if (ipv4 != other.ipv4) {
      return false;
    }
    if (ipv4) {
      return containsIpv4(other) || other.containsIpv4(this);
    }
    return block().contains(other.block()) || other.block().contains(block());
  }

  /** True when every address of {@code other} is in this prefix. */
  public boolean contains(AddressPrefix other) {
    if (ipv4 != other.ipv4) {
      return false;
    }
    return ipv4 ? containsIpv4(other) : block().contains(other.block());
  }

  private boolean containsIpv4(AddressPrefix other) {
    return length <= other.length && ((other.ipv4Network ^ ipv4Network) & mask(length)) == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressPrefix p && text.equals(p.text) && Objects.equals(range, p.range)
        && ipv4 == p.ipv4 && length == p.length && ipv4Network == p.ipv4Network
        && (ipv4 || block().equals(p.block()));
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Objects.hashCode(range);
  }

  @Override
  public String toString() {
    return text;
  }
}
