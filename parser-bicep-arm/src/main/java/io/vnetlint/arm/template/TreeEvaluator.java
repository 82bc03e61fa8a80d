package io.vnetlint.arm.template;

import io.vnetlint.arm.expr.Conversions;
import io.vnetlint.arm.expr.CopyBindings;
import io.vnetlint.arm.expr.EvalContext;
import io.vnetlint.arm.expr.ExpressionEvaluator;
import io.vnetlint.arm.expr.ExpressionParser;
import io.vnetlint.model.Deadline;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a JSON subtree of a template: every expression string becomes its value, and property copy loops
 * ({@code "copy": [{"name": "subnets", "count": 3, "input": {...}}]}) become the arrays they build.
 */
public final class TreeEvaluator {
  /** Azure's limit for a copy loop. */
  public static final int MAX_COPY = 800;

  private final ExpressionEvaluator expressions;

  public TreeEvaluator(ExpressionEvaluator expressions) {
    this.expressions = expressions;
  }

  public ExpressionEvaluator expressions() {
    return expressions;
  }

  public Value evaluate(Value raw, EvalContext context) {
    Deadline.check(raw.range());
    if (raw instanceof Value.Str s) {
      return expressions.evaluateString(s, context);
    }
    if (raw instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>(a.items().size());
      for (Value item : a.items()) {
        items.add(evaluate(item, context));
      }
      return new Value.Arr(items, a.range(), a.sensitive());
    }
    if (raw instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>(o.members().size());
      for (Value.Member m : o.members()) {
        if (m.key().equalsIgnoreCase("copy") && isPropertyCopy(m.value())) {
          for (Value loop : ((Value.Arr) m.value()).items()) {
            members.add(propertyCopy((Value.Obj) loop, context));
          }
        } else {
          members.add(new Value.Member(m.key(), m.keyRange(), evaluate(m.value(), context)));
        }
      }
      return new Value.Obj(members, o.range(), o.sensitive());
    }
    return raw;
  }

  /**
   * The one evaluation pass a parent makes over content it treats as a plain property value: expressions are
   * evaluated here ({@code "[x]"} becomes x's value) and escapes lose one level ({@code "[[x]"} becomes the
   * expression {@code "[x]"}, evaluated later where the content is deployed). Objects and arrays keep their shape.
   */
  public Value evaluateOnce(Value raw, EvalContext context) {
    if (raw instanceof Value.Str s) {
      String text = s.value();
      if (text.startsWith("[[") && text.endsWith("]")) {
        return new Value.Str(text.substring(1), s.range(), s.sensitive());
      }
      if (ExpressionParser.isExpression(text)) {
        Value v = expressions.evaluateString(s, context);
        if (v instanceof Value.Str r && r.value().startsWith("[") && r.value().endsWith("]")) {
          return new Value.Str("[" + r.value(), r.range(), r.sensitive()); // stays a literal in the next pass
        }
        return v;
      }
      return s;
    }
    if (raw instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>(a.items().size());
      for (Value item : a.items()) {
        items.add(evaluateOnce(item, context));
      }
      return new Value.Arr(items, a.range(), a.sensitive());
    }
    if (raw instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>(o.members().size());
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), evaluateOnce(m.value(), context)));
      }
      return new Value.Obj(members, o.range(), o.sensitive());
    }
    return raw;
  }

  /** A property copy is an array of objects that each have a name and an input. */
  static boolean isPropertyCopy(Value v) {
    if (!(v instanceof Value.Arr a) || a.items().isEmpty()) {
      return false;
    }
    for (Value item : a.items()) {
      if (!(item instanceof Value.Obj o) || o.get("name") == null || o.get("input") == null) {
        return false;
      }
    }
    return true;
  }

  /** One loop of a property copy: the member it builds, keyed where the loop names it. */
  private Value.Member propertyCopy(Value.Obj loop, EvalContext context) {
    Value.Member nameMember = loop.member("name").orElseThrow();
    Value name = evaluate(nameMember.value(), context);
    String key = name instanceof Value.Str s ? s.value() : "copy";
    Value.Member countMember = loop.member("count").orElse(null);
    Value count = countMember == null ? null : evaluate(countMember.value(), context);
    Value items = copyItems(key, count, loop.get("input"), context, loop);
    return new Value.Member(key, nameMember.keyRange(), items);
  }

  /**
   * The items of a copy loop named {@code loopName}: {@code input} evaluated once per index with
   * {@code copyIndex(loopName)} bound. Unknown when the count is.
   */
  Value copyItems(String loopName, Value count, Value input, EvalContext context, Value.Obj loop) {
    Optional<Integer> n = count == null ? Optional.empty() : Conversions.smallInt(count);
    if (count instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), loop.range(), u.sensitive());
    }
    if (n.isEmpty()) {
      return new Value.Unknown("copy loop '" + loopName + "' has no integer count", loop.range());
    }
    if (n.get() < 0 || n.get() > MAX_COPY) {
      return new Value.Unknown("copy loop '" + loopName + "' has count " + n.get() + " (limit " + MAX_COPY + ")",
          loop.range());
    }
    List<Value> items = new ArrayList<>(n.get());
    for (int i = 0; i < n.get(); i++) {
      CopyBindings bound = context.copies().withNamedLoop(loopName, i);
      items.add(evaluate(input, context.withCopies(bound)));
    }
    return new Value.Arr(items, loop.range());
  }
}
