package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** if(), and(), or(), not(), bool(), equals() and the comparisons. */
final class LogicalFunctions {
  private LogicalFunctions() {}

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "if" -> LogicalFunctions::ifFunction;
      case "and" -> call -> andOr(call, true);
      case "or" -> call -> andOr(call, false);
      case "not" -> LogicalFunctions::not;
      case "bool" -> LogicalFunctions::bool;
      case "true" -> call -> call.bool(true);
      case "false" -> call -> call.bool(false);
      case "null" -> Invocation::nul;
      case "equals" -> LogicalFunctions::equalsFunction;
      case "greater" -> call -> compare(call, c -> c > 0);
      case "greaterorequals" -> call -> compare(call, c -> c >= 0);
      case "less" -> call -> compare(call, c -> c < 0);
      case "lessorequals" -> call -> compare(call, c -> c <= 0);
      default -> null;
    };
  }

  /** Only the chosen branch is evaluated, so an unknown in the other branch does not matter. */
  private static Value ifFunction(Invocation call) {
    Optional<Value> arity = call.arity(3, 3);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value condition = call.arg(0);
    if (condition instanceof Value.Bool b) {
      return call.arg(b.value() ? 1 : 2);
    }
    return call.notA("a boolean condition", condition);
  }

  /** Three-valued: and(false, unknown) is false, and(true, unknown) is unknown. */
  private static Value andOr(Invocation call, boolean and) {
    if (call.count() < 1) {
      return call.unknown(call.name() + " expects at least 1 argument, got 0");
    }
    Value.Unknown unknown = null;
    for (int i = 0; i < call.count(); i++) {
      Value v = call.arg(i);
      if (v instanceof Value.Bool b) {
        if (b.value() != and) {
          return call.bool(!and);
        }
      } else if (v instanceof Value.Unknown u) {
        unknown = unknown == null ? u : unknown;
      } else {
        return call.notA("booleans", v);
      }
    }
    return unknown != null ? call.propagate(unknown) : call.bool(and);
  }

  private static Value not(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    return v instanceof Value.Bool b ? call.bool(!b.value()) : call.notA("a boolean", v);
  }

  private static Value bool(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value v = call.arg(0);
    if (v instanceof Value.Bool) {
      return v;
    }
    if (v instanceof Value.Str s) {
      String t = s.value().strip().toLowerCase(Locale.ROOT);
      if (t.equals("true") || t.equals("false")) {
        return call.bool(t.equals("true"));
      }
      return call.unknown("bool() of a string that is not true or false");
    }
    Optional<BigInteger> i = Conversions.integer(v);
    if (i.isPresent()) {
      return call.bool(i.get().signum() != 0);
    }
    return call.notA("a boolean, a string or an integer", v);
  }

  private static Value equalsFunction(Invocation call) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value a = call.arg(0);
    Value b = call.arg(1);
    Boolean eq = Conversions.equal(a, b);
    if (eq != null) {
      return call.bool(eq);
    }
    if (a instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    if (b instanceof Value.Unknown u) {
      return call.propagate(u);
    }
    return call.unknown("equals() compares values that are not known");
  }

  interface Test {
    boolean holds(int comparison);
  }

  /** Integers by value, strings ordinally. */
  private static Value compare(Invocation call, Test test) {
    Optional<Value> arity = call.arity(2, 2);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value a = call.arg(0);
    Value b = call.arg(1);
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return call.bool(test.holds(x.value().compareTo(y.value())));
    }
    if (a instanceof Value.Str x && b instanceof Value.Str y) {
      return call.bool(test.holds(x.value().compareTo(y.value())));
    }
    return call.notA("two integers or two strings", a instanceof Value.Unknown || !(b instanceof Value.Unknown) ? a : b);
  }
}
