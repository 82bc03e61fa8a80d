package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Terraform's numeric functions, on exact decimals. */
final class NumericFunctions {
  private NumericFunctions() {}

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "abs" -> new FunctionLibrary.Spec("abs", 1, 1, Kind.CONTENT, false,
          c -> c.num(c.number(0).abs()));
      case "ceil" -> new FunctionLibrary.Spec("ceil", 1, 1, Kind.CONTENT, false,
          c -> c.num(c.number(0).setScale(0, RoundingMode.CEILING)));
      case "floor" -> new FunctionLibrary.Spec("floor", 1, 1, Kind.CONTENT, false,
          c -> c.num(c.number(0).setScale(0, RoundingMode.FLOOR)));
      case "signum" -> new FunctionLibrary.Spec("signum", 1, 1, Kind.CONTENT, false,
          c -> c.num(c.number(0).signum()));
      case "max" -> new FunctionLibrary.Spec("max", 1, Integer.MAX_VALUE, Kind.CONTENT, false,
          c -> extreme(c, true));
      case "min" -> new FunctionLibrary.Spec("min", 1, Integer.MAX_VALUE, Kind.CONTENT, false,
          c -> extreme(c, false));
      case "pow" -> new FunctionLibrary.Spec("pow", 2, 2, Kind.CONTENT, false,
          NumericFunctions::pow);
      case "parseint" -> new FunctionLibrary.Spec("parseint", 2, 2, Kind.CONTENT, false,
          NumericFunctions::parseint);
      default -> null;
    };
  }

  private static Value extreme(Call c, boolean max) {
    BigDecimal best = c.number(0);
    for (int i = 1; i < c.count(); i++) {
      BigDecimal n = c.number(i);
      if (max ? n.compareTo(best) > 0 : n.compareTo(best) < 0) {
        best = n;
      }
    }
    return c.num(best);
  }

  private static Value pow(Call c) {
    BigDecimal base = c.number(0);
    BigDecimal exponent = c.number(1);
    BigInteger whole;
    try {
      whole = exponent.stripTrailingZeros().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new NotKnown("pow() with a fractional exponent is not evaluated");
    }
    if (whole.abs().bitLength() > 16) {
      throw new NotKnown("pow() with a very large exponent is not evaluated");
    }
    int n = whole.intValue();
    if (n >= 0) {
      return c.num(base.pow(n));
    }
    if (base.signum() == 0) {
      throw new NotKnown("pow(0, negative) is infinite");
    }
    return c.num(BigDecimal.ONE.divide(base.pow(-n), java.math.MathContext.DECIMAL128));
  }

  private static Value parseint(Call c) {
    String s = c.string(0);
    int base = c.integer(1);
    if (base < 2 || base > 62) {
      throw c.error("base must be a whole number between 2 and 62 inclusive");
    }
    String digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    boolean negative = s.startsWith("-");
    String body = negative || s.startsWith("+") ? s.substring(1) : s;
    if (body.isEmpty()) {
      throw c.error("cannot parse " + Strings.quote(s) + " as a base " + base + " integer");
    }
    BigInteger value = BigInteger.ZERO;
    for (char ch : body.toCharArray()) {
      int d = digits.indexOf(base <= 36 ? Character.toLowerCase(ch) : ch);
      if (d < 0 || d >= base) {
        throw c.error("cannot parse " + Strings.quote(s) + " as a base " + base + " integer");
      }
      value = value.multiply(BigInteger.valueOf(base)).add(BigInteger.valueOf(d));
    }
    return c.num(new BigDecimal(negative ? value.negate() : value));
  }
}
