package io.vnetlint.arm.expr;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.vnetlint.model.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * {@code parseCidr}, {@code cidrSubnet} and {@code cidrHost} as the ARM template function reference documents them
 * (template-functions-cidr). Where the documentation does not say what Azure returns — a network address with host
 * bits set, IPv4 blocks without usable hosts (/31, /32), indexes outside the block — the result is unknown rather
 * than a guess (Azure rejects out-of-range indexes at deployment).
 */
final class CidrFunctions {
  private CidrFunctions() {}

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "parsecidr" -> CidrFunctions::parseCidr;
      case "cidrsubnet" -> CidrFunctions::cidrSubnet;
      case "cidrhost" -> CidrFunctions::cidrHost;
      default -> null;
    };
  }

  /** A network argument: a block, or the unknown result that explains why it is not one. */
  private sealed interface Network permits Block, Rejected {}

  private record Rejected(Value result) implements Network {}

  /** A network in CIDR notation with no host bits set. */
  private record Block(IPAddress network, int prefix) implements Network {
    boolean ipv4() {
      return network.isIPv4();
    }

    int bits() {
      return ipv4() ? 32 : 128;
    }

    BigInteger first() {
      return network.getValue();
    }

    BigInteger last() {
      return first().add(BigInteger.ONE.shiftLeft(bits() - prefix)).subtract(BigInteger.ONE);
    }

    String address(BigInteger value) {
      IPAddress a = ipv4() ? new inet.ipaddr.ipv4.IPv4Address(value.intValue())
          : new inet.ipaddr.ipv6.IPv6Address(value);
      return ipv4() ? a.toNormalizedString() : a.toCompressedString();
    }
  }

  /** The block, or an unknown result explaining why not. */
  private static Network block(Invocation call, int argument) {
    var v = call.arg(argument);
    if (!(v instanceof Value.Str s)) {
      return new Rejected(call.notA("a network in CIDR notation", v));
    }
    String text = s.value().strip();
    if (!text.contains("/")) {
      return new Rejected(call.unknown(call.name() + " expects a network in CIDR notation"));
    }
    IPAddressString written = new IPAddressString(text);
    IPAddress host = written.getHostAddress();
    Integer prefix = written.getNetworkPrefixLength();
    if (host == null || prefix == null) {
      return new Rejected(call.unknown(call.name() + " expects a network in CIDR notation"));
    }
    IPAddress network = host.withoutPrefixLength();
    int bits = network.getBitCount();
    BigInteger hostBits = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
    if (network.getValue().and(hostBits).signum() != 0) {
      return new Rejected(call.unknown(call.name() + " of a network address with host bits set is not evaluated"));
    }
    return new Block(network, prefix);
  }

  private static Value parseCidr(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Network parsed = block(call, 0);
    if (parsed instanceof Rejected rejected) {
      return rejected.result();
    }
    Block block = (Block) parsed;
    BigInteger mask = BigInteger.ONE.shiftLeft(block.bits()).subtract(BigInteger.ONE)
        .xor(BigInteger.ONE.shiftLeft(block.bits() - block.prefix()).subtract(BigInteger.ONE));
    if (block.ipv4()) {
      if (block.prefix() > 30) {
        return call.unknown("parseCidr() of an IPv4 /" + block.prefix() + " block is not evaluated (no usable hosts)");
      }
      return call.object(List.of(
          call.member("network", call.str(block.address(block.first()))),
          call.member("netmask", call.str(block.address(mask))),
          call.member("broadcast", call.str(block.address(block.last()))),
          call.member("firstUsable", call.str(block.address(block.first().add(BigInteger.ONE)))),
          call.member("lastUsable", call.str(block.address(block.last().subtract(BigInteger.ONE)))),
          call.member("cidr", call.num(block.prefix()))));
    }
    return call.object(List.of(
        call.member("network", call.str(block.address(block.first()))),
        call.member("netmask", call.str(block.address(mask))),
        call.member("firstUsable", call.str(block.address(block.first()))),
        call.member("lastUsable", call.str(block.address(block.last()))),
        call.member("cidr", call.num(block.prefix()))));
  }

  private static Value cidrSubnet(Invocation call) {
    Optional<Value> arity = call.arity(3, 3);
    if (arity.isPresent()) {
      return arity.get();
    }
    Network parsed = block(call, 0);
    if (parsed instanceof Rejected rejected) {
      return rejected.result();
    }
    Block block = (Block) parsed;
    Optional<BigInteger> newCidr = Conversions.integer(call.arg(1));
    Optional<BigInteger> index = Conversions.integer(call.arg(2));
    if (newCidr.isEmpty()) {
      return call.notA("an integer prefix length", call.arg(1));
    }
    if (index.isEmpty()) {
      return call.notA("an integer subnet index", call.arg(2));
    }
    int prefix = newCidr.get().intValue();
    if (newCidr.get().compareTo(BigInteger.valueOf(block.prefix())) < 0
        || newCidr.get().compareTo(BigInteger.valueOf(block.bits())) > 0) {
      return call.unknown("cidrSubnet() prefix length " + newCidr.get() + " does not fit the /" + block.prefix()
          + " network (Azure rejects it)");
    }
    BigInteger count = BigInteger.ONE.shiftLeft(prefix - block.prefix());
    if (index.get().signum() < 0 || index.get().compareTo(count) >= 0) {
      return call.unknown("cidrSubnet() index " + index.get() + " is outside the " + count + " /" + prefix
          + " subnets of the network (Azure rejects it)");
    }
    BigInteger start = block.first().add(index.get().shiftLeft(block.bits() - prefix));
    return call.str(block.address(start) + "/" + prefix);
  }

  private static Value cidrHost(Invocation call) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Network parsed = block(call, 0);
    if (parsed instanceof Rejected rejected) {
      return rejected.result();
    }
    Block block = (Block) parsed;
    Optional<BigInteger> index = Conversions.integer(call.arg(1));
    if (index.isEmpty()) {
      return call.notA("an integer host index", call.arg(1));
    }
    if (block.ipv4() && block.prefix() > 30) {
      return call.unknown("cidrHost() of an IPv4 /" + block.prefix() + " block is not evaluated (no usable hosts)");
    }
    // the usable hosts: after the network address, up to the broadcast address (IPv4) or the last address (IPv6)
    BigInteger host = block.first().add(BigInteger.ONE).add(index.get());
    BigInteger lastUsable = block.ipv4() ? block.last().subtract(BigInteger.ONE) : block.last();
    if (index.get().signum() < 0 || host.compareTo(lastUsable) > 0) {
      return call.unknown("cidrHost() index " + index.get() + " is outside the usable hosts of the network "
          + "(Azure rejects it)");
    }
    return call.str(block.address(host));
  }
}
