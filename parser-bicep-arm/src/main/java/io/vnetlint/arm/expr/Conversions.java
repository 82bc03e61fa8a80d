package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Conversions between template values, where the template language defines them unambiguously. */
public final class Conversions {
  private Conversions() {}

  public static Optional<String> string(Value v) {
    return v instanceof Value.Str s ? Optional.of(s.value()) : Optional.empty();
  }

  /** The text of a string or an integer, as concat() and format() write them; empty for anything else. */
  public static Optional<String> text(Value v) {
    if (v instanceof Value.Str s) {
      return Optional.of(s.value());
    }
    return integer(v).map(BigInteger::toString);
  }

  public static Optional<BigInteger> integer(Value v) {
    if (v instanceof Value.Num n) {
      BigDecimal d = n.value().stripTrailingZeros();
      if (d.scale() <= 0) {
        return Optional.of(d.toBigIntegerExact());
      }
    }
    return Optional.empty();
  }

  /** An integer that fits an int, for indexes and counts. */
  public static Optional<Integer> smallInt(Value v) {
    return integer(v).filter(i -> i.bitLength() < 32).map(BigInteger::intValue);
  }

  public static Optional<Boolean> bool(Value v) {
    return v instanceof Value.Bool b ? Optional.of(b.value()) : Optional.empty();
  }

  /**
   * Deep equality as equals() defines it: strings case-sensitive, numbers by value, objects by keys (ignoring
   * case) and values, arrays element by element. Null when it depends on something unknown.
   */
  public static Boolean equal(Value a, Value b) {
    if (a instanceof Value.Unknown || b instanceof Value.Unknown || a instanceof Value.Ref || b instanceof Value.Ref) {
      return null;
    }
    if (a instanceof Value.Str x && b instanceof Value.Str y) {
      return x.value().equals(y.value());
    }
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return x.value().compareTo(y.value()) == 0;
    }
    if (a instanceof Value.Bool x && b instanceof Value.Bool y) {
      return x.value() == y.value();
    }
    if (a instanceof Value.Null && b instanceof Value.Null) {
      return true;
    }
    if (a instanceof Value.Arr x && b instanceof Value.Arr y) {
      return equalLists(x.items(), y.items());
    }
    if (a instanceof Value.Obj x && b instanceof Value.Obj y) {
      if (x.members().size() != y.members().size()) {
        return containsUnknown(a) || containsUnknown(b) ? null : false;
      }
      boolean unknown = false;
      for (Value.Member m : x.members()) {
        Value other = y.get(m.key());
        if (other == null) {
          return false;
        }
        Boolean e = equal(m.value(), other);
        if (e == null) {
          unknown = true;
        } else if (!e) {
          return false;
        }
      }
      return unknown ? null : true;
    }
    return false;
  }

  private static Boolean equalLists(List<Value> x, List<Value> y) {
    if (x.size() != y.size()) {
      return false;
    }
    boolean unknown = false;
    for (int i = 0; i < x.size(); i++) {
      Boolean e = equal(x.get(i), y.get(i));
      if (e == null) {
        unknown = true;
      } else if (!e) {
        return false;
      }
    }
    return unknown ? null : true;
  }

  public static boolean containsUnknown(Value v) {
    if (v instanceof Value.Unknown || v instanceof Value.Ref) {
      return true;
    }
    if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        if (containsUnknown(item)) {
          return true;
        }
      }
    }
    if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        if (containsUnknown(m.value())) {
          return true;
        }
      }
    }
    return false;
  }
}
