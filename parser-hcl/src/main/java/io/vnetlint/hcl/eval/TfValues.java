package io.vnetlint.hcl.eval;

import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Terraform's view of {@link Value}s: lists, tuples and sets are {@link Value.Arr}, maps and objects are
 * {@link Value.Obj}. Terraform iterates maps and objects in lexical key order and compares keys exactly, so the
 * helpers here do too (an {@code Obj} keeps source order for its ranges; {@link #sorted} gives Terraform's order).
 */
public final class TfValues {
  private TfValues() {}

  /** Terraform's key order: lexical by string (Go compares UTF-8 bytes; UTF-16 order differs only beyond the BMP). */
  public static final Comparator<String> KEY_ORDER = Comparator.naturalOrder();

  /** The member with exactly this key (Terraform keys are case-sensitive, unlike {@link Value.Obj#get}). */
  public static Value get(Value.Obj obj, String key) {
    for (Value.Member m : obj.members()) {
      if (m.key().equals(key)) {
        return m.value();
      }
    }
    return null;
  }

  public static Optional<Value.Member> member(Value.Obj obj, String key) {
    for (Value.Member m : obj.members()) {
      if (m.key().equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The members in Terraform's iteration order. */
  public static List<Value.Member> sorted(Value.Obj obj) {
    List<Value.Member> members = new ArrayList<>(obj.members());
    members.sort(Comparator.comparing(Value.Member::key, KEY_ORDER));
    return members;
  }

  /** The first unknown value in {@code v}, depth first, if any. */
  public static Optional<Value.Unknown> firstUnknown(Value v) {
    if (v instanceof Value.Unknown u) {
      return Optional.of(u);
    }
    if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        Optional<Value.Unknown> u = firstUnknown(item);
        if (u.isPresent()) {
          return u;
        }
      }
    } else if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        Optional<Value.Unknown> u = firstUnknown(m.value());
        if (u.isPresent()) {
          return u;
        }
      }
    }
    return Optional.empty();
  }

  public static boolean whollyKnown(Value v) {
    return firstUnknown(v).isEmpty();
  }

  /** Whether {@code v} or anything inside it is sensitive. */
  public static boolean deepSensitive(Value v) {
    if (v.sensitive()) {
      return true;
    }
    if (v instanceof Value.Arr a) {
      for (Value item : a.items()) {
        if (deepSensitive(item)) {
          return true;
        }
      }
    } else if (v instanceof Value.Obj o) {
      for (Value.Member m : o.members()) {
        if (deepSensitive(m.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code v} marked sensitive when {@code sensitive}, unchanged otherwise. */
  public static Value mark(Value v, boolean sensitive) {
    return sensitive && !v.sensitive() ? v.asSensitive() : v;
  }

  /** {@code v} without its own sensitive mark (what {@code nonsensitive()} does). */
  public static Value unmark(Value v) {
    if (!v.sensitive()) {
      return v;
    }
    return rebuild(v, v.range(), false);
  }

  /** The same value at another range (a variable's value seen where it is used keeps its own range). */
  public static Value at(Value v, SourceRange range) {
    return rebuild(v, range, v.sensitive());
  }

  private static Value rebuild(Value v, SourceRange range, boolean sensitive) {
    if (v instanceof Value.Str s) {
      return new Value.Str(s.value(), range, sensitive);
    } else if (v instanceof Value.Num n) {
      return new Value.Num(n.value(), range, sensitive);
    } else if (v instanceof Value.Bool b) {
      return new Value.Bool(b.value(), range, sensitive);
    } else if (v instanceof Value.Null) {
      return new Value.Null(range, sensitive);
    } else if (v instanceof Value.Arr a) {
      return new Value.Arr(a.items(), range, sensitive);
    } else if (v instanceof Value.Obj o) {
      return new Value.Obj(o.members(), range, sensitive);
    } else if (v instanceof Value.Ref r) {
      return new Value.Ref(r.ref(), range, sensitive);
    }
    Value.Unknown u = (Value.Unknown) v;
    return new Value.Unknown(u.reason(), range, sensitive);
  }

  /** Terraform's name for the kind of a value, as its error messages use it. */
  public static String typeName(Value v) {
    if (v instanceof Value.Str || v instanceof Value.Ref) {
      return "string";
    } else if (v instanceof Value.Num) {
      return "number";
    } else if (v instanceof Value.Bool) {
      return "bool";
    } else if (v instanceof Value.Null) {
      return "null";
    } else if (v instanceof Value.Arr) {
      return "tuple";
    } else if (v instanceof Value.Obj) {
      return "object";
    }
    return "unknown";
  }

  /**
   * Terraform's {@code ==}: types must agree (the string "1" is not the number 1), numbers compare by value,
   * collections element by element. Null when the answer depends on an unknown value.
   */
  public static Boolean equal(Value a, Value b) {
    if (a instanceof Value.Unknown || b instanceof Value.Unknown) {
      return null;
    }
    if (a instanceof Value.Null || b instanceof Value.Null) {
      return a instanceof Value.Null && b instanceof Value.Null;
    }
    if (a instanceof Value.Ref x && b instanceof Value.Ref y) {
      return x.ref().equals(y.ref()) ? Boolean.TRUE : null;
    }
    if (a instanceof Value.Ref || b instanceof Value.Ref) {
      return null; // a resource id known only after apply
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
    if (a instanceof Value.Arr x && b instanceof Value.Arr y) {
      if (x.items().size() != y.items().size()) {
        return false;
      }
      boolean unknown = false;
      for (int i = 0; i < x.items().size(); i++) {
        Boolean e = equal(x.items().get(i), y.items().get(i));
        if (e == null) {
          unknown = true;
        } else if (!e) {
          return false;
        }
      }
      return unknown ? null : Boolean.TRUE;
    }
    if (a instanceof Value.Obj x && b instanceof Value.Obj y) {
      if (x.members().size() != y.members().size()) {
        return false;
      }
      boolean unknown = false;
      for (Value.Member m : x.members()) {
        Value other = get(y, m.key());
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
      return unknown ? null : Boolean.TRUE;
    }
    return false;
  }

  /** A number as Terraform writes it in strings and JSON: plain decimal, no exponent, no trailing zeros. */
  public static String numberText(BigDecimal n) {
    if (n.signum() == 0) {
      return "0";
    }
    // beyond the number range plain text could take gigabytes (1e999999999): scientific notation instead
    return Limits.numberInRange(n) ? n.stripTrailingZeros().toPlainString() : n.stripTrailingZeros().toString();
  }
}
