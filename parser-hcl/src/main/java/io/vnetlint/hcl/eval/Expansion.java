package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How many instances a resource or module call has: one (no {@code count}/{@code for_each}), one per
 * {@code count} index, one per {@code for_each} key — or unknown, in which case the analysis never guesses.
 */
sealed interface Expansion {

  record Single() implements Expansion {}

  record Counted(List<InstanceKey> keys) implements Expansion {}

  record Keyed(List<InstanceKey> keys) implements Expansion {}

  /** Unknown number of instances; {@code reason} says why ("count of X is unknown: ..."). */
  record Unknown(String reason, SourceRange range) implements Expansion {}

  default List<InstanceKey> keys() {
    if (this instanceof Counted c) {
      return c.keys();
    }
    if (this instanceof Keyed k) {
      return k.keys();
    }
    return this instanceof Single ? List.of(InstanceKey.NONE) : List.of();
  }

  /** Evaluates {@code count} or {@code for_each} of {@code block} (named {@code what} in messages) in {@code scope}. */
  static Expansion of(Block block, Scope scope, String what, Evaluation ev) {
    Optional<Attribute> count = block.body().attribute("count");
    Optional<Attribute> forEach = block.body().attribute("for_each");
    if (count.isPresent() && forEach.isPresent()) {
      ev.warn("terraform-eval-error", "\"count\" and \"for_each\" cannot be used together in " + what,
          forEach.get().nameRange());
      return new Unknown("\"count\" and \"for_each\" are both set", block.headerRange());
    }
    if (count.isPresent()) {
      Attribute a = count.get();
      Value v = ev.boundary(() -> ev.expressions.eval(a.expr(), scope), a.expr().range());
      if (v instanceof Value.Unknown u) {
        return new Unknown("count of " + what + " is unknown (" + u.reason() + ")", a.expr().range());
      }
      int n;
      try {
        BigDecimal d = ExpressionEvaluator.number(v, a.expr().range(), "invalid count argument: a number is required");
        n = d.stripTrailingZeros().intValueExact();
        if (n < 0) {
          throw new EvalError("invalid count argument: must be a whole number not less than 0", a.expr().range());
        }
      } catch (ArithmeticException e) {
        ev.warn("terraform-eval-error", "invalid count argument: must be a whole number", a.expr().range());
        return new Unknown("count of " + what + " is not a whole number", a.expr().range());
      } catch (EvalError e) {
        ev.warn("terraform-eval-error", e.getMessage(), e.range());
        return new Unknown("count of " + what + " is invalid", a.expr().range());
      }
      if (n > Limits.MAX_INSTANCES) {
        return tooMany(what, "count is " + n, a.expr().range(), ev);
      }
      List<InstanceKey> keys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        keys.add(new InstanceKey.Index(i));
      }
      return new Counted(keys);
    }
    if (forEach.isPresent()) {
      Attribute a = forEach.get();
      Value v = ev.boundary(() -> ev.expressions.eval(a.expr(), scope), a.expr().range());
      if (v instanceof Value.Unknown u) {
        return new Unknown("for_each of " + what + " is unknown (" + u.reason() + ")", a.expr().range());
      }
      TreeMap<String, Value> keys = new TreeMap<>(TfValues.KEY_ORDER);
      if (v instanceof Value.Obj o) {
        for (Value.Member m : o.members()) {
          keys.put(m.key(), m.value());
        }
      } else if (v instanceof Value.Arr arr) {
        for (Value item : arr.items()) {
          if (item instanceof Value.Unknown u) {
            return new Unknown("for_each of " + what + " is unknown (" + u.reason() + ")", a.expr().range());
          }
          if (!(item instanceof Value.Str s)) {
            ev.warn("terraform-eval-error", "invalid for_each argument: a set of strings or a map is required ("
                + item.kind() + " found)", a.expr().range());
            return new Unknown("for_each of " + what + " is invalid", a.expr().range());
          }
          keys.put(s.value(), s);
        }
      } else {
        ev.warn("terraform-eval-error", "invalid for_each argument: a map or a set of strings is required ("
            + v.kind() + " found)", a.expr().range());
        return new Unknown("for_each of " + what + " is invalid", a.expr().range());
      }
      if (keys.size() > Limits.MAX_INSTANCES) {
        return tooMany(what, "for_each has " + keys.size() + " keys", a.expr().range(), ev);
      }
      List<InstanceKey> out = new ArrayList<>();
      keys.forEach((k, value) -> out.add(new InstanceKey.Key(k, value)));
      return new Keyed(out);
    }
    return new Single();
  }

  /** More instances than {@link Limits#MAX_INSTANCES}: an error at the argument, and no instance is analyzed. */
  private static Expansion tooMany(String what, String detail, SourceRange at, Evaluation ev) {
    String reason = what + TOO_MANY + "its " + detail + ", more than the limit of " + Limits.MAX_INSTANCES;
    ev.diagnostic(Diagnostic.error("limit-exceeded", reason + "; its instances are not analyzed", at));
    return new Unknown(reason, at);
  }

  /** Marks the reason of an expansion that reached the instance limit (already reported as an error). */
  String TOO_MANY = " has too many instances: ";

  /** Whether {@code u} is the instance limit, reported as an error already, rather than an unknown count. */
  static boolean limitReached(Unknown u) {
    return u.reason().contains(TOO_MANY);
  }

  /** The instance a reference's index names ({@code [0]}, {@code ["gw"]}), or an error. */
  default InstanceKey select(Value key, String what, SourceRange at) {
    if (this instanceof Counted c) {
      BigDecimal n = ExpressionEvaluator.number(key, at, "invalid index: " + what + " has count set; an instance"
          + " number is required");
      int i;
      try {
        i = n.stripTrailingZeros().intValueExact();
      } catch (ArithmeticException e) {
        throw new EvalError("invalid index: the index must be a whole number", at);
      }
      if (i < 0 || i >= c.keys().size()) {
        throw new EvalError("invalid index: " + what + " has " + c.keys().size() + " instances; index " + i
            + " is out of range", at);
      }
      return c.keys().get(i);
    }
    if (this instanceof Keyed k) {
      String s = ExpressionEvaluator.string(key, at, "invalid index: " + what + " has for_each set; a key is"
          + " required");
      for (InstanceKey candidate : k.keys()) {
        if (((InstanceKey.Key) candidate).key().equals(s)) {
          return candidate;
        }
      }
      throw new EvalError("invalid index: " + what + " has no instance with the key "
          + (key.sensitive() ? "given (sensitive)" : "\"" + s + "\""), at);
    }
    throw new EvalError("invalid index: " + what + " has neither count nor for_each", at);
  }

  /** {@code count.index}, {@code each.key} and {@code each.value} for one instance. */
  static Scope bind(Scope scope, InstanceKey key, SourceRange at) {
    if (key instanceof InstanceKey.Index i) {
      return scope.bind("count", new Value.Obj(List.of(new Value.Member("index", at, InstanceKey.number(i.index(),
          at))), at));
    }
    if (key instanceof InstanceKey.Key k) {
      return scope.bind("each", new Value.Obj(List.of(
          new Value.Member("key", at, new Value.Str(k.key(), at)),
          new Value.Member("value", at, k.value())), at));
    }
    return scope;
  }
}
