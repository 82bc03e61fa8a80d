package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.eval.functions.FunctionLibrary;
import io.vnetlint.hcl.syntax.AnonSymbolExpr;
import io.vnetlint.hcl.syntax.BinaryOpExpr;
import io.vnetlint.hcl.syntax.BinaryOperator;
import io.vnetlint.hcl.syntax.ConditionalExpr;
import io.vnetlint.hcl.syntax.ExprSyntaxError;
import io.vnetlint.hcl.syntax.Expression;
import io.vnetlint.hcl.syntax.ForExpr;
import io.vnetlint.hcl.syntax.FunctionCallExpr;
import io.vnetlint.hcl.syntax.IndexExpr;
import io.vnetlint.hcl.syntax.LiteralValue;
import io.vnetlint.hcl.syntax.ObjectConsExpr;
import io.vnetlint.hcl.syntax.ObjectConsItem;
import io.vnetlint.hcl.syntax.ObjectConsKeyExpr;
import io.vnetlint.hcl.syntax.ParenthesesExpr;
import io.vnetlint.hcl.syntax.RelativeTraversalExpr;
import io.vnetlint.hcl.syntax.ScopeTraversalExpr;
import io.vnetlint.hcl.syntax.SplatExpr;
import io.vnetlint.hcl.syntax.TemplateExpr;
import io.vnetlint.hcl.syntax.TemplateFor;
import io.vnetlint.hcl.syntax.TemplateIf;
import io.vnetlint.hcl.syntax.TemplateInterpolation;
import io.vnetlint.hcl.syntax.TemplateLiteral;
import io.vnetlint.hcl.syntax.TemplatePart;
import io.vnetlint.hcl.syntax.TemplateWrapExpr;
import io.vnetlint.hcl.syntax.TraverseAttr;
import io.vnetlint.hcl.syntax.TraverseIndex;
import io.vnetlint.hcl.syntax.Traverser;
import io.vnetlint.hcl.syntax.TupleConsExpr;
import io.vnetlint.hcl.syntax.UnaryOpExpr;
import io.vnetlint.model.Deadline;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates HCL expressions with Terraform's semantics. Unknown values propagate (with the reason of the first
 * unknown operand); sensitive values mark what is computed from them; whatever Terraform would reject throws an
 * {@link EvalError}, which {@code try()} and {@code can()} catch and every other caller turns into a warning and an
 * unknown value.
 */
final class ExpressionEvaluator {
  private static final int MAX_DEPTH = 400;

  private final FunctionLibrary functions;
  /** Objects whose missing attributes are "known after apply" (resource instances and their blocks). */
  private final Set<Value.Obj> computedObjects;
  private int depth;
  /** Iterations of for expressions and template for directives so far, against the per-file limit. */
  private long iterations;

  ExpressionEvaluator(FunctionLibrary functions, Set<Value.Obj> computedObjects) {
    this.functions = functions;
    this.computedObjects = computedObjects;
  }

  Value eval(Expression e, Scope scope) {
    Deadline.check(e.range());
    if (++depth > MAX_DEPTH) {
      depth--;
      throw EvalError.limit("the expression is nested more than " + MAX_DEPTH + " levels deep to evaluate", e.range());
    }
    try {
      return materialize(navigate(e, scope), e.range());
    } finally {
      depth--;
    }
  }

  /**
   * Counts one iteration of a for expression or directive: nested loops multiply (three nested {@code range(1000)}
   * are 10^9 elements), so the whole evaluation has one budget, {@link Limits#MAX_ITERATIONS_PER_FILE}.
   */
  private void countIteration(SourceRange at) {
    if (++iterations > Limits.MAX_ITERATIONS_PER_FILE) {
      throw EvalError.limit("for expressions iterate more than " + Limits.MAX_ITERATIONS_PER_FILE
          + " times in this module", at);
    }
  }

  /** A reference or an index of one, as far as it can be followed lazily; anything else evaluated. */
  private Object navigate(Expression e, Scope scope) {
    if (e instanceof ScopeTraversalExpr t) {
      Rooted r = root(t, scope);
      return traverse(r.value, t.traversal(), r.consumed);
    }
    if (e instanceof RelativeTraversalExpr r) {
      return traverse(navigate(r.source(), scope), r.traversal(), 0);
    }
    if (e instanceof IndexExpr i) {
      Object collection = navigate(i.collection(), scope);
      Value key = eval(i.key(), scope);
      return index(collection, key, i.range());
    }
    if (e instanceof ParenthesesExpr p) {
      return navigate(p.expression(), scope);
    }
    if (e instanceof AnonSymbolExpr a) {
      Object item = scope.bound(Scope.SPLAT_ITEM);
      if (item == null) {
        throw new EvalError("a splat symbol outside of a splat expression", a.range());
      }
      return item;
    }
    return compute(e, scope);
  }

  private Value compute(Expression e, Scope scope) {
    if (e instanceof LiteralValue l) {
      return literal(l.value(), l.range());
    } else if (e instanceof TemplateExpr t) {
      return template(t, scope);
    } else if (e instanceof TemplateWrapExpr w) {
      return eval(w.wrapped(), scope);
    } else if (e instanceof FunctionCallExpr f) {
      return call(f, scope);
    } else if (e instanceof TupleConsExpr t) {
      List<Value> items = new ArrayList<>();
      for (Expression x : t.exprs()) {
        items.add(eval(x, scope));
      }
      return new Value.Arr(items, t.range());
    } else if (e instanceof ObjectConsExpr o) {
      return object(o, scope);
    } else if (e instanceof ObjectConsKeyExpr k) {
      return eval(k.wrapped(), scope);
    } else if (e instanceof ForExpr f) {
      return forExpr(f, scope);
    } else if (e instanceof SplatExpr s) {
      return splat(s, scope);
    } else if (e instanceof ConditionalExpr c) {
      return conditional(c, scope);
    } else if (e instanceof BinaryOpExpr b) {
      return binary(b, scope);
    } else if (e instanceof UnaryOpExpr u) {
      return unary(u, scope);
    } else if (e instanceof ExprSyntaxError x) {
      return new Value.Unknown("syntax error", x.range());
    }
    throw new EvalError("unsupported expression", e.range());
  }

  static Value literal(Object value, SourceRange range) {
    if (value == null) {
      return new Value.Null(range);
    } else if (value instanceof Boolean b) {
      return new Value.Bool(b, range);
    } else if (value instanceof BigDecimal n) {
      return new Value.Num(n, range);
    }
    return new Value.Str((String) value, range);
  }

  // ---------------------------------------------------------------- references

  /** What a reference's root name denotes, and how many of its steps that used up ({@code var.x}: one). */
  private record Rooted(Object value, int consumed) {}

  private Rooted root(ScopeTraversalExpr t, Scope scope) {
    String name = t.rootName();
    Object bound = scope.bound(name);
    if (bound != null) {
      return new Rooted(bound, 0);
    }
    ModuleInstance module = scope.module;
    if (module == null) {
      throw new EvalError("variables are not allowed here", t.range());
    }
    List<Traverser> steps = t.traversal();
    switch (name) {
      case "var" -> {
        return new Rooted(module.variable(attrName(steps, 0, t, "var"), t.range()), 1);
      }
      case "local" -> {
        return new Rooted(module.local(attrName(steps, 0, t, "local"), t.range()), 1);
      }
      case "module" -> {
        return new Rooted(module.moduleCall(attrName(steps, 0, t, "module"), t.range()), 1);
      }
      case "data" -> {
        String type = attrName(steps, 0, t, "data");
        String dataName = attrName(steps, 1, t, "data." + type);
        return new Rooted(new Value.Unknown("data source data." + type + "." + dataName
            + " is read when Terraform runs", t.range()), 2);
      }
      case "path" -> {
        return new Rooted(new Value.Str(module.pathValue(attrName(steps, 0, t, "path")), t.range()), 1);
      }
      case "terraform" -> {
        String attr = attrName(steps, 0, t, "terraform");
        return new Rooted(attr.equals("workspace") ? new Value.Str("default", t.range())
            : new Value.Unknown("terraform." + attr + " is not evaluated", t.range()), 1);
      }
      case "self" -> {
        return new Rooted(new Value.Unknown("self is not evaluated", t.range()), 0);
      }
      case "count", "each" -> throw new EvalError("\"" + name + "\" is not available here: it exists only in a"
          + " resource or module block that sets " + (name.equals("count") ? "count" : "for_each"), t.range());
      default -> {
        return new Rooted(module.resource(name, attrName(steps, 0, t, name), t.range()), 1);
      }
    }
  }

  /** The attribute name at step {@code i} of a reference such as {@code var.x}, or an error. */
  private static String attrName(List<Traverser> steps, int i, ScopeTraversalExpr t, String prefix) {
    if (steps.size() > i && steps.get(i) instanceof TraverseAttr a) {
      return a.name();
    }
    throw new EvalError("invalid reference: \"" + prefix + "\" must be followed by an attribute name", t.range());
  }

  /** Applies static steps, skipping the first {@code skip} (already used to find the root). */
  private Object traverse(Object current, List<Traverser> steps, int skip) {
    for (int i = skip; i < steps.size(); i++) {
      Traverser step = steps.get(i);
      if (step instanceof TraverseAttr a) {
        current = attr(current, a.name(), a.range());
      } else {
        TraverseIndex x = (TraverseIndex) step;
        if (x.key() == null) {
          return new Value.Unknown("invalid index", x.range());
        }
        current = index(current, literal(x.key().value(), x.key().range()), x.range());
      }
    }
    return current;
  }

  Object attr(Object current, String name, SourceRange at) {
    if (current instanceof Node n) {
      return n.attr(name, at);
    }
    Value v = (Value) current;
    if (v instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), at, u.sensitive());
    }
    if (v instanceof Value.Null) {
      throw new EvalError("attempt to get attribute \"" + name + "\" from a null value", at);
    }
    if (v instanceof Value.Obj o) {
      Value found = TfValues.get(o, name);
      if (found != null) {
        return TfValues.mark(found, o.sensitive());
      }
      if (computedObjects.contains(o)) {
        return new Value.Unknown("attribute \"" + name + "\" is known after apply", at, o.sensitive());
      }
      throw new EvalError("unsupported attribute: this object has no attribute named \"" + name + "\"", at);
    }
    if (v instanceof Value.Arr) {
      throw new EvalError("unsupported attribute \"" + name + "\": a list has no attributes (use [*] or a for"
          + " expression)", at);
    }
    throw new EvalError("unsupported attribute \"" + name + "\": " + v.kind() + " has no attributes", at);
  }

  Object index(Object current, Value key, SourceRange at) {
    if (current instanceof Node n) {
      if (key instanceof Value.Unknown u) {
        return new Value.Unknown(u.reason(), at, u.sensitive());
      }
      return n.index(key, at);
    }
    return indexValue((Value) current, key, at);
  }

  Value indexValue(Value v, Value key, SourceRange at) {
    boolean sensitive = v.sensitive() || key.sensitive();
    if (v instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), at, sensitive);
    }
    if (key instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), at, sensitive);
    }
    if (v instanceof Value.Null) {
      throw new EvalError("attempt to index a null value", at);
    }
    if (key instanceof Value.Null) {
      throw new EvalError("invalid index: can't use a null value as an index", at);
    }
    if (v instanceof Value.Arr a) {
      BigDecimal n = number(key, at, "invalid index: a number is required");
      int i;
      try {
        i = n.stripTrailingZeros().intValueExact();
      } catch (ArithmeticException e) {
        throw new EvalError("invalid index: the index must be a whole number", at);
      }
      if (i < 0 || i >= a.items().size()) {
        throw new EvalError("invalid index: the given index is out of range (" + a.items().size()
            + (a.items().size() == 1 ? " element)" : " elements)"), at);
      }
      return TfValues.mark(a.items().get(i), sensitive);
    }
    if (v instanceof Value.Obj o) {
      String k = string(key, at, "invalid index: a string key is required");
      Value found = TfValues.get(o, k);
      if (found == null) {
        if (computedObjects.contains(o)) {
          return new Value.Unknown("attribute \"" + k + "\" is known after apply", at, sensitive);
        }
        throw new EvalError("invalid index: the given key does not identify an element in this collection", at);
      }
      return TfValues.mark(found, sensitive);
    }
    if (v instanceof Value.Ref r) {
      throw new EvalError("invalid index: the id of " + r.ref() + " is a string", at);
    }
    throw new EvalError("invalid index: " + v.kind() + " cannot be indexed", at);
  }

  Value materialize(Object navigated, SourceRange at) {
    if (navigated instanceof Node n) {
      return n.value(at);
    }
    return (Value) navigated;
  }

  // ---------------------------------------------------------------- templates

  private Value template(TemplateExpr t, Scope scope) {
    if (t.isStringLiteral()) {
      return new Value.Str(t.literalValue(), t.range());
    }
    Rendering r = new Rendering();
    render(t.parts(), scope, r);
    if (r.text.length() > Limits.MAX_STRING_CHARS) {
      throw EvalError.limit("string too long: the template builds more than " + Limits.MAX_STRING_CHARS
          + " characters", t.range());
    }
    if (r.unknown != null) {
      return new Value.Unknown(r.unknown, t.range(), r.sensitive);
    }
    return new Value.Str(r.text.toString(), t.range(), r.sensitive);
  }

  private static final class Rendering {
    final StringBuilder text = new StringBuilder();
    boolean sensitive;
    String unknown;
  }

  private void render(List<TemplatePart> parts, Scope scope, Rendering r) {
    for (TemplatePart part : parts) {
      if (r.text.length() > Limits.MAX_STRING_CHARS) {
        throw EvalError.limit("string too long: the template builds more than " + Limits.MAX_STRING_CHARS
            + " characters", part.range());
      }
      if (part instanceof TemplateLiteral l) {
        r.text.append(l.value());
      } else if (part instanceof TemplateInterpolation i) {
        Value v = eval(i.expr(), scope);
        r.sensitive |= TfValues.deepSensitive(v);
        if (v instanceof Value.Unknown u) {
          r.unknown = r.unknown == null ? u.reason() : r.unknown;
        } else if (v instanceof Value.Ref ref) {
          r.unknown = r.unknown == null ? "the id of " + ref.ref() + " is known after apply" : r.unknown;
        } else {
          r.text.append(interpolated(v, i.range()));
        }
      } else if (part instanceof TemplateIf f) {
        Value c = eval(f.condition(), scope);
        r.sensitive |= c.sensitive();
        if (c instanceof Value.Unknown u) {
          r.unknown = r.unknown == null ? u.reason() : r.unknown;
          continue;
        }
        render(bool(c, f.condition().range(), "the condition of an %{if} directive must be a bool")
            ? f.trueParts() : f.falseParts(), scope, r);
      } else if (part instanceof TemplateFor f) {
        Value coll = eval(f.collExpr(), scope);
        r.sensitive |= coll.sensitive();
        if (coll instanceof Value.Unknown u) {
          r.unknown = r.unknown == null ? u.reason() : r.unknown;
          continue;
        }
        for (Map.Entry<Value, Value> entry : iterate(coll, f.collExpr().range())) {
          countIteration(f.range());
          Scope inner = scope.bind(f.valVar(), entry.getValue());
          if (f.keyVar() != null) {
            inner = inner.bind(f.keyVar(), entry.getKey());
          }
          render(f.body(), inner, r);
        }
      }
    }
  }

  private static String interpolated(Value v, SourceRange at) {
    if (v instanceof Value.Str s) {
      return s.value();
    } else if (v instanceof Value.Num n) {
      return TfValues.numberText(n.value());
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.Null) {
      throw new EvalError("invalid template interpolation value: the expression result is null", at);
    }
    throw new EvalError("invalid template interpolation value: cannot include " + v.kind()
        + " in a string template", at);
  }

  // ---------------------------------------------------------------- functions

  private Value call(FunctionCallExpr f, Scope scope) {
    if (!f.namespace().isEmpty()) {
      return new Value.Unknown("provider function " + f.name() + "() is not evaluated", f.range());
    }
    String name = f.name();
    if (name.equals("try")) {
      return tryCall(f, scope);
    }
    if (name.equals("can")) {
      return canCall(f, scope);
    }
    List<Value> args = new ArrayList<>();
    for (int i = 0; i < f.args().size(); i++) {
      Value a = eval(f.args().get(i), scope);
      if (f.expandFinal() && i == f.args().size() - 1) {
        if (a instanceof Value.Unknown u) {
          return new Value.Unknown(u.reason(), f.range(), u.sensitive());
        }
        if (!(a instanceof Value.Arr arr)) {
          throw new EvalError("invalid expanding argument value: the expanding argument (indicated by ...) must"
              + " be of a tuple, list, or set type", f.args().get(i).range());
        }
        for (Value item : arr.items()) {
          args.add(TfValues.mark(item, arr.sensitive()));
        }
      } else {
        args.add(a);
      }
    }
    return functions.call(name, args, f.range(), message -> {
      throw new EvalError(message, f.range());
    });
  }

  /** {@code try(a, b, ...)}: the first argument that evaluates without error; unknown if that one is unknown. */
  private Value tryCall(FunctionCallExpr f, Scope scope) {
    if (f.args().isEmpty()) {
      throw new EvalError("try() needs at least one argument", f.range());
    }
    for (Expression arg : f.args()) {
      Value v;
      try {
        v = eval(arg, scope);
      } catch (EvalError e) {
        continue;
      }
      Optional<Value.Unknown> u = TfValues.firstUnknown(v);
      if (u.isPresent()) {
        return new Value.Unknown(u.get().reason(), f.range(), TfValues.deepSensitive(v));
      }
      return v;
    }
    throw new EvalError("no expression succeeded: every argument of try() failed", f.range());
  }

  private Value canCall(FunctionCallExpr f, Scope scope) {
    if (f.args().size() != 1) {
      throw new EvalError("can() takes exactly one argument", f.range());
    }
    Value v;
    try {
      v = eval(f.args().get(0), scope);
    } catch (EvalError e) {
      return new Value.Bool(false, f.range());
    }
    Optional<Value.Unknown> u = TfValues.firstUnknown(v);
    if (u.isPresent()) {
      return new Value.Unknown(u.get().reason(), f.range());
    }
    return new Value.Bool(true, f.range());
  }

  // ---------------------------------------------------------------- collections

  private Value object(ObjectConsExpr o, Scope scope) {
    Map<String, Value.Member> members = new LinkedHashMap<>();
    for (ObjectConsItem item : o.items()) {
      ObjectConsKeyExpr keyExpr = item.key();
      String key;
      Optional<String> bare = keyExpr.bareName();
      if (bare.isPresent()) {
        key = bare.get();
      } else {
        Value k = eval(keyExpr.wrapped(), scope);
        if (k instanceof Value.Unknown u) {
          return new Value.Unknown(u.reason(), o.range(), u.sensitive());
        }
        if (k instanceof Value.Null) {
          throw new EvalError("invalid object key: a null value can't be used as a key", keyExpr.range());
        }
        key = string(k, keyExpr.range(), "invalid object key: a string is required");
      }
      Value value = eval(item.value(), scope);
      members.remove(key);
      members.put(key, new Value.Member(key, keyExpr.range(), value));
    }
    return new Value.Obj(new ArrayList<>(members.values()), o.range());
  }

  /** The (key, value) pairs Terraform iterates: list elements by index, map members in key order. */
  private List<Map.Entry<Value, Value>> iterate(Value coll, SourceRange at) {
    List<Map.Entry<Value, Value>> out = new ArrayList<>();
    if (coll instanceof Value.Arr a) {
      for (int i = 0; i < a.items().size(); i++) {
        out.add(Map.entry(new Value.Num(BigDecimal.valueOf(i), at), TfValues.mark(a.items().get(i), a.sensitive())));
      }
    } else if (coll instanceof Value.Obj o) {
      for (Value.Member m : TfValues.sorted(o)) {
        out.add(Map.entry(new Value.Str(m.key(), m.keyRange()), TfValues.mark(m.value(), o.sensitive())));
      }
    } else if (coll instanceof Value.Null) {
      throw new EvalError("iteration over a null value", at);
    } else {
      throw new EvalError("iteration over a value that is not a collection (" + coll.kind() + ")", at);
    }
    return out;
  }

  private Value forExpr(ForExpr f, Scope scope) {
    Value coll = eval(f.collExpr(), scope);
    if (coll instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), f.range(), u.sensitive());
    }
    List<Value> items = new ArrayList<>();
    Map<String, Value.Member> members = new LinkedHashMap<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    Map<String, SourceRange> groupKeyRanges = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> entry : iterate(coll, f.collExpr().range())) {
      countIteration(f.range());
      Scope inner = scope.bind(f.valVar(), entry.getValue());
      if (f.keyVar() != null) {
        inner = inner.bind(f.keyVar(), entry.getKey());
      }
      if (f.condExpr() != null) {
        Value c = eval(f.condExpr(), inner);
        if (c instanceof Value.Unknown u) {
          return new Value.Unknown(u.reason(), f.range(), coll.sensitive());
        }
        if (!bool(c, f.condExpr().range(), "the condition of a for expression must be a bool")) {
          continue;
        }
      }
      if (!f.isObject()) {
        items.add(eval(f.valExpr(), inner));
        continue;
      }
      Value k = eval(f.keyExpr(), inner);
      if (k instanceof Value.Unknown u) {
        return new Value.Unknown(u.reason(), f.range(), coll.sensitive());
      }
      if (k instanceof Value.Null) {
        throw new EvalError("invalid object key: a null value can't be used as a key", f.keyExpr().range());
      }
      String key = string(k, f.keyExpr().range(), "invalid object key: a string is required");
      Value v = eval(f.valExpr(), inner);
      if (f.group()) {
        groups.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
        groupKeyRanges.putIfAbsent(key, k.range());
      } else {
        if (members.containsKey(key)) {
          throw new EvalError("duplicate object key " + (k.sensitive() ? "(sensitive)" : "\"" + key + "\"")
              + " in a for expression (add ... after the value to group values by key)", f.keyExpr().range());
        }
        members.put(key, new Value.Member(key, k.range(), v));
      }
    }
    if (!f.isObject()) {
      return new Value.Arr(items, f.range(), coll.sensitive());
    }
    if (f.group()) {
      for (Map.Entry<String, List<Value>> g : groups.entrySet()) {
        members.put(g.getKey(), new Value.Member(g.getKey(), groupKeyRanges.get(g.getKey()),
            new Value.Arr(g.getValue(), f.range())));
      }
    }
    return new Value.Obj(new ArrayList<>(members.values()), f.range(), coll.sensitive());
  }

  private Value splat(SplatExpr s, Scope scope) {
    Object source = navigate(s.source(), scope);
    List<Object> elements = new ArrayList<>();
    boolean sensitive = false;
    if (source instanceof Splattable node) {
      Optional<List<Object>> instances = node.elements(s.range());
      if (instances.isEmpty()) {
        return node.unknownElements(s.range());
      }
      elements.addAll(instances.get());
    } else {
      Value v = materialize(source, s.source().range());
      sensitive = v.sensitive();
      if (v instanceof Value.Unknown u) {
        return new Value.Unknown(u.reason(), s.range(), u.sensitive());
      }
      if (v instanceof Value.Arr a) {
        elements.addAll(a.items());
      } else if (!(v instanceof Value.Null)) {
        elements.add(v); // a single value is treated as a one-element tuple
      }
    }
    List<Value> out = new ArrayList<>();
    for (Object element : elements) {
      Scope inner = scope.bind(Scope.SPLAT_ITEM, element);
      out.add(eval(s.each(), inner));
    }
    return new Value.Arr(out, s.range(), sensitive);
  }

  /** A node whose instances a splat can visit one by one ({@code azurerm_subnet.this[*].id}). */
  interface Splattable extends Node {
    /** The instance nodes, or empty when their number is unknown. */
    Optional<List<Object>> elements(SourceRange at);

    Value unknownElements(SourceRange at);
  }

  // ---------------------------------------------------------------- operators

  private Value conditional(ConditionalExpr c, Scope scope) {
    Value cond = eval(c.condition(), scope);
    if (cond instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), c.range(), u.sensitive());
    }
    if (cond instanceof Value.Null) {
      throw new EvalError("the condition value is null; conditions must either be true or false",
          c.condition().range());
    }
    boolean which = bool(cond, c.condition().range(), "the condition of a conditional expression must be a bool");
    Value result = eval(which ? c.trueResult() : c.falseResult(), scope);
    return TfValues.mark(result, cond.sensitive());
  }

  private Value binary(BinaryOpExpr b, Scope scope) {
    BinaryOperator op = b.op();
    Value lhs = eval(b.lhs(), scope);
    if ((op == BinaryOperator.AND || op == BinaryOperator.OR) && lhs instanceof Value.Bool l
        && l.value() == (op == BinaryOperator.OR)) {
      return new Value.Bool(l.value(), b.range(), l.sensitive()); // HCL 2.22+ short-circuits a decided operand
    }
    Value rhs = eval(b.rhs(), scope);
    boolean sensitive = lhs.sensitive() || rhs.sensitive();
    if (op == BinaryOperator.EQUAL || op == BinaryOperator.NOT_EQUAL) {
      Boolean eq = TfValues.equal(lhs, rhs);
      boolean deep = TfValues.deepSensitive(lhs) || TfValues.deepSensitive(rhs);
      if (eq == null) {
        String reason = TfValues.firstUnknown(lhs).or(() -> TfValues.firstUnknown(rhs)).map(Value.Unknown::reason)
            .orElse("a resource id is known after apply");
        return new Value.Unknown(reason, b.range(), deep);
      }
      return new Value.Bool(op == BinaryOperator.EQUAL ? eq : !eq, b.range(), deep);
    }
    if (lhs instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), b.range(), sensitive);
    }
    if (rhs instanceof Value.Unknown u) {
      return new Value.Unknown(u.reason(), b.range(), sensitive);
    }
    if (op == BinaryOperator.AND || op == BinaryOperator.OR) {
      boolean l = bool(lhs, b.lhs().range(), "invalid operand: a bool is required");
      boolean r = bool(rhs, b.rhs().range(), "invalid operand: a bool is required");
      return new Value.Bool(op == BinaryOperator.AND ? l && r : l || r, b.range(), sensitive);
    }
    BigDecimal l = number(lhs, b.lhs().range(), "invalid operand: a number is required");
    BigDecimal r = number(rhs, b.rhs().range(), "invalid operand: a number is required");
    switch (op) {
      case ADD -> {
        return new Value.Num(l.add(r), b.range(), sensitive);
      }
      case SUBTRACT -> {
        return new Value.Num(l.subtract(r), b.range(), sensitive);
      }
      case MULTIPLY -> {
        return new Value.Num(l.multiply(r), b.range(), sensitive);
      }
      case DIVIDE -> {
        if (r.signum() == 0) {
          throw new EvalError("can't divide by zero", b.range());
        }
        return new Value.Num(l.divide(r, MathContext.DECIMAL128).stripTrailingZeros(), b.range(), sensitive);
      }
      case MODULO -> {
        if (r.signum() == 0) {
          throw new EvalError("can't use modulo with zero", b.range());
        }
        return new Value.Num(l.remainder(r), b.range(), sensitive);
      }
      case GREATER_THAN -> {
        return new Value.Bool(l.compareTo(r) > 0, b.range(), sensitive);
      }
      case GREATER_THAN_OR_EQUAL -> {
        return new Value.Bool(l.compareTo(r) >= 0, b.range(), sensitive);
      }
      case LESS_THAN -> {
        return new Value.Bool(l.compareTo(r) < 0, b.range(), sensitive);
      }
      case LESS_THAN_OR_EQUAL -> {
        return new Value.Bool(l.compareTo(r) <= 0, b.range(), sensitive);
      }
      default -> throw new EvalError("unsupported operator " + op.symbol(), b.range());
    }
  }

  private Value unary(UnaryOpExpr u, Scope scope) {
    Value v = eval(u.val(), scope);
    if (v instanceof Value.Unknown x) {
      return new Value.Unknown(x.reason(), u.range(), x.sensitive());
    }
    return switch (u.op()) {
      case NEGATE -> new Value.Num(number(v, u.val().range(), "invalid operand: a number is required").negate(),
          u.range(), v.sensitive());
      case LOGICAL_NOT -> new Value.Bool(!bool(v, u.val().range(), "invalid operand: a bool is required"),
          u.range(), v.sensitive());
    };
  }

  // ---------------------------------------------------------------- conversions

  static BigDecimal number(Value v, SourceRange at, String message) {
    BigDecimal n = null;
    if (v instanceof Value.Num num) {
      n = num.value();
    } else if (v instanceof Value.Str s) {
      n = io.vnetlint.hcl.eval.functions.Convert.parseNumber(s.value());
    }
    if (n == null) {
      throw new EvalError(message, at);
    }
    if (!Limits.numberInRange(n)) {
      // exact decimals of any size would make 1e999999999 + 1 a billion digits
      throw EvalError.limit("number out of range: its exponent is beyond +/-" + Limits.MAX_NUMBER_EXPONENT, at);
    }
    return n;
  }

  static boolean bool(Value v, SourceRange at, String message) {
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
      return s.value().equals("true");
    }
    throw new EvalError(message, at);
  }

  static String string(Value v, SourceRange at, String message) {
    if (v instanceof Value.Str s) {
      return s.value();
    }
    if (v instanceof Value.Num n) {
      return TfValues.numberText(n.value());
    }
    if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    throw new EvalError(message, at);
  }
}
