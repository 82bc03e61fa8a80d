package io.vnetlint.arm.expr;

import io.vnetlint.model.Deadline;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates template language expressions to {@link Value}s. Whatever the scan cannot know, or a function it does
 * not implement, becomes {@link Value.Unknown} with the reason, never a guessed value; operations on unknowns yield
 * unknowns.
 */
public final class ExpressionEvaluator {
  private final ExpressionParser parser;
  private final FunctionLibrary functions = FunctionLibrary.standard();

  public ExpressionEvaluator(ExpressionParser parser) {
    this.parser = parser;
  }

  public ExpressionParser parser() {
    return parser;
  }

  /**
   * Evaluates one JSON string of a template: an expression {@code "[...]"}, an escaped literal {@code "[[...]"} or a
   * plain string. The result has the string's range.
   */
  public Value evaluateString(Value.Str s, EvalContext context) {
    String text = s.value();
    if (!ExpressionParser.isExpression(text)) {
      String literal = ExpressionParser.literal(text);
      return literal.equals(text) ? s : new Value.Str(literal, s.range(), s.sensitive());
    }
    ParsedExpression parsed = parser.parse(text);
    if (parsed instanceof ParsedExpression.SyntaxError) {
      // reported once per file by the syntax check; here the value is simply not known
      return new Value.Unknown("invalid expression", s.range(), s.sensitive());
    }
    Value v = evaluate(((ParsedExpression.Ok) parsed).expr(), context, s.range());
    RuntimeFacts facts = context.template().facts();
    v = facts.moved(v, s.range());
    return s.sensitive() ? facts.sensitive(v) : v;
  }

  /** Evaluates a parsed expression; {@code at} is the range every result gets. */
  public Value evaluate(Expr e, EvalContext context, SourceRange at) {
    Deadline.check(at);
    if (e instanceof Expr.StringLiteral s) {
      return new Value.Str(s.value(), at);
    }
    if (e instanceof Expr.IntegerLiteral i) {
      return new Value.Num(new BigDecimal(i.value()), at);
    }
    if (e instanceof Expr.Property p) {
      return property(evaluate(p.target(), context, at), p.name(), context, at);
    }
    if (e instanceof Expr.Index ix) {
      Value target = evaluate(ix.target(), context, at);
      Value index = evaluate(ix.index(), context, at);
      return index(target, index, context, at);
    }
    Expr.Call call = (Expr.Call) e;
    Invocation invocation = new Invocation(this, call, context, at);
    Value result = functions.call(call, invocation);
    if (invocation.sensitiveSeen() && !result.sensitive()) {
      result = context.template().facts().sensitive(result);
    }
    return result;
  }

  private Value property(Value target, String name, EvalContext context, SourceRange at) {
    RuntimeFacts facts = context.template().facts();
    if (target instanceof Value.Obj o) {
      Value v = o.get(name);
      if (v == null) {
        return new Value.Unknown("the object has no property '" + name + "'", at, o.sensitive());
      }
      return o.sensitive() ? facts.sensitive(v) : v;
    }
    if (target instanceof Value.Unknown u) {
      Value.Unknown next = new Value.Unknown(u.reason(), at, u.sensitive());
      Optional<RuntimeFacts.Fact> fact = facts.factOf(u);
      if (fact.isPresent() && fact.get() instanceof RuntimeFacts.RuntimeProperty rp) {
        List<String> path = new ArrayList<>(rp.path());
        path.add(name);
        facts.record(next, new RuntimeFacts.RuntimeProperty(rp.target(), path, rp.full()));
      }
      return next;
    }
    return new Value.Unknown("cannot read property '" + name + "' of " + target.kind(), at, target.sensitive());
  }

  private Value index(Value target, Value index, EvalContext context, SourceRange at) {
    boolean sensitive = target.sensitive() || index.sensitive();
    if (target instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), at, sensitive);
    }
    if (index instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), at, sensitive);
    }
    RuntimeFacts facts = context.template().facts();
    if (target instanceof Value.Arr a) {
      Optional<Integer> i = Conversions.smallInt(index);
      if (i.isEmpty()) {
        return new Value.Unknown("an array index must be an integer, got " + index.kind(), at, sensitive);
      }
      if (i.get() < 0 || i.get() >= a.items().size()) {
        return new Value.Unknown("index " + i.get() + " is outside an array of " + a.items().size(), at, sensitive);
      }
      Value v = a.items().get(i.get());
      return sensitive ? facts.sensitive(v) : v;
    }
    if (target instanceof Value.Obj o && index instanceof Value.Str key) {
      return property(o, key.value(), context, at);
    }
    return new Value.Unknown("cannot index " + target.kind() + " with " + index.kind(), at, sensitive);
  }
}
