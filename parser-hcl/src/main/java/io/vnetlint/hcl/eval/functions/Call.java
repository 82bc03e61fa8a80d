package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.TfValues;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * One function call: its arguments and where it was written, with Terraform's automatic conversions to the
 * parameter types (a number where a string is wanted becomes its decimal text, "8" where a number is wanted becomes
 * 8). Conversions that Terraform rejects throw {@link FunctionError}; parts that are unknown throw
 * {@link NotKnown}.
 */
final class Call {
  final String name;
  final List<Value> args;
  final SourceRange range;

  Call(String name, List<Value> args, SourceRange range) {
    this.name = name;
    this.args = List.copyOf(args);
    this.range = range;
  }

  int count() {
    return args.size();
  }

  Value arg(int i) {
    return args.get(i);
  }

  String string(int i) {
    return Convert.string(known(arg(i)), "argument " + (i + 1));
  }

  BigDecimal number(int i) {
    return Convert.number(known(arg(i)), "argument " + (i + 1));
  }

  BigInteger wholeNumber(int i) {
    return Convert.wholeNumber(known(arg(i)), "argument " + (i + 1));
  }

  /** A whole number that fits an int (indexes, lengths, bit counts). */
  int integer(int i) {
    return Convert.integer(known(arg(i)), "argument " + (i + 1));
  }

  boolean bool(int i) {
    return Convert.bool(known(arg(i)), "argument " + (i + 1));
  }

  /** A list, tuple or set argument. */
  List<Value> list(int i) {
    return Convert.list(known(arg(i)), "argument " + (i + 1));
  }

  /** A map or object argument. */
  Value.Obj map(int i) {
    return Convert.map(known(arg(i)), "argument " + (i + 1));
  }

  static Value known(Value v) {
    if (v instanceof Value.Unknown u) {
      throw new NotKnown(u);
    }
    return v;
  }

  /** {@code v} itself when wholly known, else the unknown it depends on. */
  static Value whollyKnown(Value v) {
    TfValues.firstUnknown(v).ifPresent(u -> {
      throw new NotKnown(u);
    });
    return v;
  }

  Value.Str str(String s) {
    return new Value.Str(s, range);
  }

  Value.Num num(BigDecimal n) {
    return new Value.Num(n, range);
  }

  Value.Num num(long n) {
    return new Value.Num(BigDecimal.valueOf(n), range);
  }

  Value.Bool bool(boolean b) {
    return new Value.Bool(b, range);
  }

  Value.Arr list(List<Value> items) {
    return new Value.Arr(items, range);
  }

  Value.Obj obj(List<Value.Member> members) {
    return new Value.Obj(members, range);
  }

  Value.Null nul() {
    return new Value.Null(range);
  }

  FunctionError error(String message) {
    return new FunctionError(message);
  }
}
