package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import io.vnetlint.model.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cidrsubnet}, {@code cidrsubnets}, {@code cidrhost}, {@code cidrnetmask}: Terraform's IP network
 * arithmetic ({@code internal/lang/funcs/cidr.go} over {@code apparentlymart/go-cidr}), IPv4 and IPv6, with the
 * same errors.
 */
final class CidrFunctions {
  private CidrFunctions() {}

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "cidrsubnet" -> new FunctionLibrary.Spec("cidrsubnet", 3, 3, Kind.CONTENT, false,
          CidrFunctions::cidrsubnet);
      case "cidrsubnets" -> new FunctionLibrary.Spec("cidrsubnets", 1, Integer.MAX_VALUE, Kind.CONTENT, false,
          CidrFunctions::cidrsubnets);
      case "cidrhost" -> new FunctionLibrary.Spec("cidrhost", 2, 2, Kind.CONTENT, false,
          CidrFunctions::cidrhost);
      case "cidrnetmask" -> new FunctionLibrary.Spec("cidrnetmask", 1, 1, Kind.CONTENT, false,
          CidrFunctions::cidrnetmask);
      default -> null;
    };
  }

  private static Value cidrsubnet(Call c) {
    String text = c.string(0);
    int newbits = c.integer(1);
    BigInteger netnum = c.wholeNumber(2);
    Cidr base = Cidr.parse(text);
    int newPrefix = base.prefixLength() + newbits;
    if (newbits < 0 || newPrefix > base.bits()) {
      throw c.error("insufficient address space to extend prefix of " + base.prefixLength() + " by " + newbits);
    }
    BigInteger max = BigInteger.ONE.shiftLeft(newbits).subtract(BigInteger.ONE);
    if (netnum.signum() < 0 || netnum.compareTo(max) > 0) {
      throw c.error("prefix extension of " + newbits + " does not accommodate a subnet numbered " + netnum);
    }
    BigInteger network = base.network().or(netnum.shiftLeft(base.bits() - newPrefix));
    return c.str(new Cidr(network, newPrefix, base.bits()).toString());
  }

  private static Value cidrsubnets(Call c) {
    Cidr base = Cidr.parse(c.string(0));
    List<Value> out = new ArrayList<>();
    if (c.count() == 1) {
      return c.list(out);
    }
    int start = base.prefixLength();
    int firstLength = c.integer(1) + start;
    Cidr current = previousSubnet(base, firstLength);
    for (int i = 1; i < c.count(); i++) {
      int length = c.integer(i);
      if (length < 1) {
        throw c.error("must extend prefix by at least one bit");
      }
      if (length > 32) {
        throw c.error("may not extend prefix by more than 32 bits");
      }
      length += start;
      if (length > base.bits()) {
        throw c.error("would extend prefix to " + length + " bits, which is too long for an "
            + (base.ipv4() ? "IPv4" : "IPv6") + " address");
      }
      BigInteger currentLast = current.last();
      BigInteger lastOfAligned = new Cidr(currentLast.and(Cidr.mask(length, base.bits())), length, base.bits()).last();
      BigInteger nextStart = lastOfAligned.add(BigInteger.ONE);
      boolean rollover = nextStart.bitLength() > base.bits();
      nextStart = nextStart.and(Cidr.mask(base.bits(), base.bits()));
      Cidr next = new Cidr(nextStart.and(Cidr.mask(length, base.bits())), length, base.bits());
      if (rollover || !base.contains(next.network())) {
        throw c.error("not enough remaining address space for a subnet with a prefix of " + length
            + " bits after " + current);
      }
      current = next;
      out.add(c.str(current.toString()));
    }
    return c.list(out);
  }

  /** go-cidr's PreviousSubnet: the network of the given length that ends just before {@code base} starts. */
  private static Cidr previousSubnet(Cidr base, int length) {
    BigInteger all = Cidr.mask(base.bits(), base.bits());
    BigInteger before = base.network().subtract(BigInteger.ONE).and(all); // wraps like Go's byte arithmetic
    return new Cidr(before.and(Cidr.mask(Math.min(length, base.bits()), base.bits())), Math.min(length, base.bits()),
        base.bits());
  }

  private static Value cidrhost(Call c) {
    String text = c.string(0);
    BigInteger hostnum = c.wholeNumber(1);
    Cidr base = Cidr.parse(text);
    int hostLength = base.bits() - base.prefixLength();
    BigInteger max = BigInteger.ONE.shiftLeft(hostLength).subtract(BigInteger.ONE);
    BigInteger magnitude = hostnum;
    BigInteger num = hostnum;
    if (hostnum.signum() < 0) {
      magnitude = hostnum.negate().subtract(BigInteger.ONE);
      num = max.subtract(magnitude);
    }
    if (magnitude.compareTo(max) > 0) {
      throw c.error("prefix of " + base.prefixLength() + " does not accommodate a host numbered " + num);
    }
    return c.str(Cidr.format(base.network().add(num), base.bits()));
  }

  private static Value cidrnetmask(Call c) {
    String text = c.string(0);
    Cidr base = Cidr.parse(text);
    if (!base.ipv4()) {
      throw c.error("IPv6 addresses cannot have a netmask: " + text);
    }
    return c.str(Cidr.format(Cidr.mask(base.prefixLength(), 32), 32));
  }
}
