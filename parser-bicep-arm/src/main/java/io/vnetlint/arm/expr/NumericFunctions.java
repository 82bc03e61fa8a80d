package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/** Integer arithmetic: int(), add(), sub(), mul(), div(), mod(), min(), max(). */
final class NumericFunctions {
  private NumericFunctions() {}

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "int" -> NumericFunctions::toInt;
      case "add" -> call -> binary(call, BigInteger::add);
      case "sub" -> call -> binary(call, BigInteger::subtract);
      case "mul" -> call -> binary(call, BigInteger::multiply);
      case "div" -> call -> division(call, false);
      case "mod" -> call -> division(call, true);
      case "min" -> call -> extreme(call, false);
      case "max" -> call -> extreme(call, true);
      default -> null;
    };
  }

  private static Value toInt(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (Conversions.integer(v).isPresent()) {
      return call.num(Conversions.integer(v).get());
    }
    if (v instanceof Value.Str s) {
      try {
        return call.num(new BigInteger(s.value().strip()));
      } catch (NumberFormatException e) {
        return call.unknown("int() of a string that is not an integer");
      }
    }
    return call.notA("an integer or a string", v);
  }

  private static Optional<Value> integers(Invocation call, List<BigInteger> out) {
    for (Value v : call.args()) {
      Optional<BigInteger> i = Conversions.integer(v);
      if (i.isEmpty()) {
        return Optional.of(call.notA("integers", v));
      }
      out.add(i.get());
    }
    return Optional.empty();
  }

  private static Value binary(Invocation call, BinaryOperator<BigInteger> op) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    List<BigInteger> n = new ArrayList<>();
    Optional<Value> bad = integers(call, n);
    return bad.orElseGet(() -> call.num(op.apply(n.get(0), n.get(1))));
  }

  /** Truncating division and its remainder, as .NET integers behave. */
  private static Value division(Invocation call, boolean remainder) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    List<BigInteger> n = new ArrayList<>();
    Optional<Value> bad = integers(call, n);
    if (bad.isPresent()) {
      return bad.get();
    }
    if (n.get(1).signum() == 0) {
      return call.unknown(call.name() + " by zero");
    }
    return call.num(remainder ? n.get(0).remainder(n.get(1)) : n.get(0).divide(n.get(1)));
  }

  /** min()/max() of integers, given as arguments or as one array. */
  private static Value extreme(Invocation call, boolean max) {
    List<Value> values = call.args();
    if (values.size() == 1 && values.get(0) instanceof Value.Arr a) {
      values = a.items();
    }
    if (values.isEmpty()) {
      return call.unknown(call.name() + " of nothing");
    }
    BigInteger best = null;
    for (Value v : values) {
      Optional<BigInteger> i = Conversions.integer(v);
      if (i.isEmpty()) {
        return call.notA("integers", v);
      }
      if (best == null || (max ? i.get().compareTo(best) > 0 : i.get().compareTo(best) < 0)) {
        best = i.get();
      }
    }
    return call.num(best);
  }
}
