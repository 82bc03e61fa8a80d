package io.vnetlint.arm.expr;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call of a function being evaluated. Arguments are evaluated on first use, so {@code if()} and
 * {@code coalesce()} evaluate only what they need. Results carry the range of the whole expression string.
 */
public final class Invocation {
  private final ExpressionEvaluator evaluator;
  private final Expr.Call call;
  private final EvalContext context;
  private final SourceRange at;
  private final Value[] evaluated;
  private boolean sensitiveSeen;

  Invocation(ExpressionEvaluator evaluator, Expr.Call call, EvalContext context, SourceRange at) {
    this.evaluator = evaluator;
    this.call = call;
    this.context = context;
    this.at = at;
    this.evaluated = new Value[call.args().size()];
  }

  /** The function name as written, with "()" for messages: {@code resourceId()}. */
  public String name() {
    return call.displayName() + "()";
  }

  public int count() {
    return evaluated.length;
  }

  public Value arg(int i) {
    if (evaluated[i] == null) {
      evaluated[i] = evaluator.evaluate(call.args().get(i), context, at);
      sensitiveSeen |= evaluated[i].sensitive();
    }
    return evaluated[i];
  }

  /** The argument as written, for functions that evaluate it themselves (lambdas). */
  public Expr rawArg(int i) {
    return call.args().get(i);
  }

  /** Evaluates an expression in another context (a lambda body with its variables bound). */
  public Value evaluate(Expr e, EvalContext in) {
    Value v = evaluator.evaluate(e, in, at);
    sensitiveSeen |= v.sensitive();
    return v;
  }

  /** Evaluates a JSON string (expression or literal) in another context (a user-defined function's body). */
  Value evaluateString(Value.Str s, EvalContext in) {
    Value v = evaluator.evaluateString(s, in);
    sensitiveSeen |= v.sensitive();
    return in.template().facts().withRange(v, at);
  }

  public List<Value> args() {
    List<Value> all = new ArrayList<>(evaluated.length);
    for (int i = 0; i < evaluated.length; i++) {
      all.add(arg(i));
    }
    return all;
  }

  public EvalContext context() {
    return context;
  }

  public SourceRange at() {
    return at;
  }

  public RuntimeFacts facts() {
    return context.template().facts();
  }

  /** True when an evaluated argument was sensitive: the result is then sensitive too. */
  boolean sensitiveSeen() {
    return sensitiveSeen;
  }

  /** An unknown result with the reason. */
  public Value.Unknown unknown(String reason) {
    return new Value.Unknown(reason, at, sensitiveSeen);
  }

  /** The unknown a call yields when {@code u} is one of its inputs: the same reason, here. */
  public Value.Unknown propagate(Value.Unknown u) {
    return new Value.Unknown(u.reason(), at, u.sensitive() || sensitiveSeen);
  }

  /** An unknown when the argument count is outside [min, max] (max -1: no limit), else empty. */
  public Optional<Value> arity(int min, int max) {
    if (count() < min || (max >= 0 && count() > max)) {
      String expected = min == max ? String.valueOf(min)
          : max < 0 ? "at least " + min : min + " to " + max;
      return Optional.of(unknown(name() + " expects " + expected + " argument" + (min == 1 && max == 1 ? "" : "s")
          + ", got " + count()));
    }
    return Optional.empty();
  }

  /** The first unknown among all arguments, propagated. */
  public Optional<Value> anyUnknown() {
    for (Value v : args()) {
      if (v instanceof Value.Unknown u) {
        return Optional.of(propagate(u));
      }
    }
    return Optional.empty();
  }

  public Value.Str str(String s) {
    return new Value.Str(s, at);
  }

  public Value.Num num(BigInteger n) {
    return new Value.Num(new BigDecimal(n), at);
  }

  public Value.Num num(long n) {
    return new Value.Num(BigDecimal.valueOf(n), at);
  }

  public Value.Bool bool(boolean b) {
    return new Value.Bool(b, at);
  }

  public Value.Null nul() {
    return new Value.Null(at);
  }

  public Value.Arr array(List<Value> items) {
    return new Value.Arr(items, at);
  }

  public Value.Obj object(List<Value.Member> members) {
    return new Value.Obj(members, at);
  }

  /** A member created by an expression: key and value both point at the expression. */
  public Value.Member member(String key, Value value) {
    return new Value.Member(key, at, value);
  }

  /** An unknown when {@code v} is not a known string, else empty; the string itself via {@link Conversions}. */
  public Value notA(String what, Value v) {
    if (v instanceof Value.Unknown u) {
      return propagate(u);
    }
    return unknown(name() + " expects " + what + ", got " + v.kind());
  }
}
