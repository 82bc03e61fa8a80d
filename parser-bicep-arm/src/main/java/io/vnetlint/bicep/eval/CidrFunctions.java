package io.vnetlint.bicep.eval;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bicep's {@code parseCidr}, {@code cidrSubnet} and {@code cidrHost} (no ARM counterpart). IPv4 is computed
 * exactly; IPv6 results are unknown rather than guessed, because the compiler's IPv6 conventions (usable hosts)
 * are not pinned down by our references.
 */
final class CidrFunctions {
  private CidrFunctions() {}

  /** An IPv4 network: its address as a 32-bit number and its prefix length. */
  private record Net(long address, int prefix) {
    long mask() {
      return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    long network() {
      return address & mask();
    }

    long broadcast() {
      return network() | (~mask() & 0xFFFFFFFFL);
    }
  }

  static Value call(String name, List<Value> args, SourceRange at) {
    for (Value a : args) {
      if (a instanceof Value.Unknown u) {
        return new Value.Unknown(u.reason(), at, u.sensitive());
      }
    }
    if (args.isEmpty() || !(args.get(0) instanceof Value.Str s)) {
      return new Value.Unknown(name + "() expects a CIDR string", at);
    }
    if (s.value().contains(":")) {
      return new Value.Unknown(name + "() of an IPv6 range is not evaluated", at);
    }
    Optional<Net> parsed = parse(s.value());
    if (parsed.isEmpty()) {
      return new Value.Unknown(name + "() got an invalid CIDR", at);
    }
    Net net = parsed.get();
    switch (name) {
      case "parseCidr": {
        List<Value.Member> m = new ArrayList<>();
        m.add(new Value.Member("network", at, new Value.Str(text(net.network()), at)));
        m.add(new Value.Member("netmask", at, new Value.Str(text(net.mask()), at)));
        m.add(new Value.Member("broadcast", at, new Value.Str(text(net.broadcast()), at)));
        long first = net.prefix() >= 31 ? net.network() : net.network() + 1;
        long last = net.prefix() >= 31 ? net.broadcast() : net.broadcast() - 1;
        m.add(new Value.Member("firstUsable", at, new Value.Str(text(first), at)));
        m.add(new Value.Member("lastUsable", at, new Value.Str(text(last), at)));
        m.add(new Value.Member("cidr", at, new Value.Num(BigDecimal.valueOf(net.prefix()), at)));
        return new Value.Obj(m, at);
      }
      case "cidrSubnet": {
        Optional<Long> newPrefix = integer(args, 1);
        Optional<Long> index = integer(args, 2);
        if (newPrefix.isEmpty() || index.isEmpty() || newPrefix.get() < net.prefix() || newPrefix.get() > 32
            || index.get() < 0 || index.get() >= (1L << (newPrefix.get() - net.prefix()))) {
          return new Value.Unknown("cidrSubnet() arguments are out of range", at);
        }
        long address = net.network() + (index.get() << (32 - newPrefix.get()));
        return new Value.Str(text(address) + "/" + newPrefix.get(), at);
      }
      case "cidrHost": {
        Optional<Long> index = integer(args, 1);
        long usable = net.prefix() >= 31 ? (1L << (32 - net.prefix())) : (1L << (32 - net.prefix())) - 2;
        if (index.isEmpty() || index.get() < 0 || index.get() >= usable) {
          return new Value.Unknown("cidrHost() index is out of range", at);
        }
        long offset = net.prefix() >= 31 ? 0 : 1;
        return new Value.Str(text(net.network() + offset + index.get()), at);
      }
      default:
        return new Value.Unknown(name + "() is not evaluated", at);
    }
  }

  private static Optional<Long> integer(List<Value> args, int i) {
    if (args.size() > i && args.get(i) instanceof Value.Num n) {
      try {
        return Optional.of(n.value().longValueExact());
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<Net> parse(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String[] octets = cidr.substring(0, slash).split("\\.", -1);
    if (octets.length != 4) {
      return Optional.empty();
    }
    long address = 0;
    try {
      for (String o : octets) {
        int v = Integer.parseInt(o);
        if (o.isEmpty() || v < 0 || v > 255) {
          return Optional.empty();
        }
        address = (address << 8) | v;
      }
      int prefix = Integer.parseInt(cidr.substring(slash + 1));
      if (prefix < 0 || prefix > 32) {
        return Optional.empty();
      }
      return Optional.of(new Net(address, prefix));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String text(long a) {
    return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
  }
}
