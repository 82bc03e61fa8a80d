package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.model.Limits;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Terraform's automatic conversions between primitive types (cty's {@code convert} package): numbers and bools
 * become strings, strings that spell a number or {@code true}/{@code false} become numbers or bools. Collections
 * never convert to primitives.
 */
public final class Convert {
  private Convert() {}

  public static String string(Value v, String what) {
    if (v instanceof Value.Str s) {
      return s.value();
    }
    if (v instanceof Value.Num n) {
      return TfValues.numberText(n.value());
    }
    if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof Value.Ref r) {
      throw new NotKnown(new Value.Unknown("the id of " + r.ref() + " is known after apply", r.range()));
    }
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    throw notNull(v, what, "string");
  }

  public static BigDecimal number(Value v, String what) {
    if (v instanceof Value.Num n) {
      return inRange(n.value(), what);
    }
    if (v instanceof Value.Str s) {
      BigDecimal parsed = parseNumber(s.value());
      if (parsed == null) {
        throw new FunctionError(what + ": a number is required");
      }
      return inRange(parsed, what);
    }
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    throw notNull(v, what, "number");
  }

  private static BigDecimal inRange(BigDecimal n, String what) {
    if (!Limits.numberInRange(n)) {
      throw new FunctionError(what + ": number out of range (exponent beyond +/-" + Limits.MAX_NUMBER_EXPONENT + ")");
    }
    return n;
  }

  public static BigInteger wholeNumber(Value v, String what) {
    BigDecimal n = number(v, what);
    try {
      return n.stripTrailingZeros().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new FunctionError(what + ": value must be a whole number, between -9223372036854775808 and "
          + "9223372036854775807");
    }
  }

  public static int integer(Value v, String what) {
    BigInteger n = wholeNumber(v, what);
    if (n.bitLength() > 31) {
      throw new FunctionError(what + ": value is too large");
    }
    return n.intValue();
  }

  public static boolean bool(Value v, String what) {
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.Str s) {
      if (s.value().equals("true")) {
        return true;
      }
      if (s.value().equals("false")) {
        return false;
      }
      throw new FunctionError(what + ": a bool is required");
    }
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    throw notNull(v, what, "bool");
  }

  public static List<Value> list(Value v, String what) {
    if (v instanceof Value.Arr a) {
      return a.items();
    }
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    throw notNull(v, what, "list");
  }

  public static Value.Obj map(Value v, String what) {
    if (v instanceof Value.Obj o) {
      return o;
    }
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    throw notNull(v, what, "map");
  }

  /** Terraform's number syntax for string conversion: decimal, optional sign, fraction and exponent. */
  public static BigDecimal parseNumber(String s) {
    String t = s;
    if (t.isEmpty() || !t.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
      return null;
    }
    try {
      return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static FunctionError notNull(Value v, String what, String wanted) {
    if (v instanceof Value.Null) {
      return new FunctionError(what + ": argument must not be null");
    }
    return new FunctionError(what + ": " + wanted + " required, but have " + TfValues.typeName(v));
  }
}
