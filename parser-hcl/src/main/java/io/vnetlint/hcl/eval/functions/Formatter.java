package io.vnetlint.hcl.eval.functions;

import io.vnetlint.model.Limits;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Terraform's {@code format} specification language (cty's {@code stdlib.Format}): {@code %%}, {@code %v},
 * {@code %#v}, {@code %t}, {@code %d}, {@code %b}, {@code %o}, {@code %x}, {@code %X}, {@code %s}, {@code %q} and
 * {@code %f}, with the flags {@code + - # space 0}, width, precision and {@code [n]} argument indexes. The
 * exponent verbs ({@code %e %E %g %G}) would need Go's binary float formatting and make the result unknown.
 */
final class Formatter {
  private final String spec;
  private final List<Value> args;
  private int pos;
  private int nextArg;

  private Formatter(String spec, List<Value> args) {
    this.spec = spec;
    this.args = args;
  }

  static String format(String spec, List<Value> args) {
    return new Formatter(spec, args).run();
  }

  private String run() {
    StringBuilder out = new StringBuilder();
    while (pos < spec.length()) {
      char c = spec.charAt(pos++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (pos < spec.length() && spec.charAt(pos) == '%') {
        pos++;
        out.append('%');
        continue;
      }
      verb(out);
    }
    if (nextArg < args.size()) {
      throw new FunctionError("too many arguments; no verbs left to use them");
    }
    return out.toString();
  }

  private void verb(StringBuilder out) {
    boolean plus = false;
    boolean minus = false;
    boolean sharp = false;
    boolean space = false;
    boolean zero = false;
    for (; pos < spec.length(); pos++) {
      char f = spec.charAt(pos);
      if (f == '+') {
        plus = true;
      } else if (f == '-') {
        minus = true;
      } else if (f == '#') {
        sharp = true;
      } else if (f == ' ') {
        space = true;
      } else if (f == '0') {
        zero = true;
      } else {
        break;
      }
    }
    argIndex();
    int width = digits();
    int precision = -1;
    if (pos < spec.length() && spec.charAt(pos) == '.') {
      pos++;
      precision = Math.max(digits(), 0);
    }
    argIndex();
    if (width > Limits.MAX_STRING_CHARS || precision > Limits.MAX_STRING_CHARS) {
      throw new FunctionError("width or precision at offset " + (pos - 1) + " is larger than the limit of "
          + Limits.MAX_STRING_CHARS);
    }
    if (pos >= spec.length()) {
      throw new FunctionError("invalid format string starting at offset " + (pos - 1));
    }
    char verb = spec.charAt(pos++);
    if (nextArg >= args.size()) {
      throw new FunctionError("not enough arguments for %" + verb + " at offset " + (pos - 1));
    }
    Value arg = args.get(nextArg++);
    if (arg instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    if (arg instanceof Value.Null && verb != 'v') {
      throw new FunctionError("unsupported value for \"%" + verb + "\" at " + (pos - 1)
          + ": null value cannot be formatted");
    }
    String text;
    switch (verb) {
      case 'v' -> {
        if (sharp || arg instanceof Value.Null || arg instanceof Value.Arr || arg instanceof Value.Obj) {
          text = Json.encode(arg);
        } else if (arg instanceof Value.Num n) {
          text = number(n.value(), precision);
        } else if (arg instanceof Value.Bool b) {
          text = Boolean.toString(b.value());
        } else {
          text = Convert.string(arg, "argument");
        }
      }
      case 't' -> text = Boolean.toString(Convert.bool(arg, "argument"));
      case 'd', 'b', 'o', 'x', 'X' -> {
        BigInteger n = integer(arg, verb);
        int radix = verb == 'd' ? 10 : verb == 'b' ? 2 : verb == 'o' ? 8 : 16;
        String digits = n.abs().toString(radix);
        if (verb == 'X') {
          digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (sharp && verb == 'o') {
          digits = "0" + digits;
        } else if (sharp && verb == 'x') {
          digits = "0x" + digits;
        } else if (sharp && verb == 'X') {
          digits = "0X" + digits;
        }
        text = signed(n.signum() < 0, digits, plus, space, zero && !minus, width);
      }
      case 'f', 'F' -> {
        BigDecimal n = Convert.number(arg, "argument");
        String digits = n.abs().setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
        text = signed(n.signum() < 0, digits, plus, space, zero && !minus, width);
      }
      case 's' -> {
        text = Convert.string(arg, "argument");
        if (precision >= 0) {
          text = truncate(text, precision);
        }
      }
      case 'q' -> text = Json.string(Convert.string(arg, "argument"), false);
      case 'e', 'E', 'g', 'G' -> throw new NotKnown("format verb %" + verb + " is not evaluated");
      default -> throw new FunctionError("unrecognized format character '" + verb + "' at offset " + (pos - 1));
    }
    out.append(pad(text, width, minus));
  }

  /** {@code [n]}: the next verb takes argument n (1-based); later verbs continue from there. */
  private void argIndex() {
    if (pos < spec.length() && spec.charAt(pos) == '[') {
      int close = spec.indexOf(']', pos);
      if (close < 0) {
        throw new FunctionError("unterminated argument index at offset " + pos);
      }
      int n;
      try {
        n = Integer.parseInt(spec.substring(pos + 1, close));
      } catch (NumberFormatException e) {
        throw new FunctionError("invalid argument index at offset " + pos);
      }
      if (n < 1 || n > args.size()) {
        throw new FunctionError("invalid argument index " + n);
      }
      nextArg = n - 1;
      pos = close + 1;
    }
  }

  private int digits() {
    int start = pos;
    while (pos < spec.length() && Character.isDigit(spec.charAt(pos))) {
      pos++;
    }
    return start == pos ? -1 : Integer.parseInt(spec.substring(start, Math.min(pos, start + 6)));
  }

  private static BigInteger integer(Value arg, char verb) {
    BigDecimal n = Convert.number(arg, "argument");
    try {
      return n.stripTrailingZeros().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new FunctionError("unsupported value for \"%" + verb + "\": value must be a whole number");
    }
  }

  /** {@code %v} of a number is Go's {@code %g}: plain digits for the values configurations use. */
  private static String number(BigDecimal n, int precision) {
    BigDecimal v = precision >= 0 ? n.round(new java.math.MathContext(Math.max(precision, 1))) : n;
    int exponent = v.precision() - v.scale() - 1;
    if (v.signum() != 0 && (exponent < -4 || exponent >= 21)) {
      throw new NotKnown("format of a number in exponent notation is not evaluated");
    }
    return io.vnetlint.hcl.eval.TfValues.numberText(v);
  }

  private static String signed(boolean negative, String digits, boolean plus, boolean space, boolean zero, int width) {
    String sign = negative ? "-" : plus ? "+" : space ? " " : "";
    if (zero && width > 0) {
      // one repeat, not an insert per digit: a width of 999999 was quadratic
      digits = "0".repeat(Math.max(0, width - sign.length() - digits.length())) + digits;
    }
    return sign + digits;
  }

  private static String truncate(String s, int runes) {
    int count = s.codePointCount(0, s.length());
    return count <= runes ? s : s.substring(0, s.offsetByCodePoints(0, runes));
  }

  private static String pad(String s, int width, boolean left) {
    int count = s.codePointCount(0, s.length());
    if (width <= count) {
      return s;
    }
    String padding = " ".repeat(width - count);
    return left ? s + padding : padding + s;
  }
}
