package io.vnetlint.hcl.eval;

import io.vnetlint.hcl.syntax.Expression;
import io.vnetlint.hcl.syntax.FunctionCallExpr;
import io.vnetlint.hcl.syntax.ObjectConsExpr;
import io.vnetlint.hcl.syntax.ObjectConsItem;
import io.vnetlint.hcl.syntax.ScopeTraversalExpr;
import io.vnetlint.hcl.syntax.TupleConsExpr;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A variable's {@code type} constraint, as far as the analysis needs it: to tell primitive types from structured
 * ones (which decides how {@code TF_VAR_x} and {@code --var} strings are read), and to convert values the cheap
 * way Terraform does: primitives between each other, and objects filled with the defaults of their
 * {@code optional(...)} attributes. Values that do not fit are left as they are (we do not re-implement Terraform's
 * type errors); an unparsable constraint means {@code any}.
 */
sealed interface TypeConstraint {

  TypeConstraint ANY = new Any();

  record Any() implements TypeConstraint {}

  record Primitive(String name) implements TypeConstraint {}

  record Collection(String kind, TypeConstraint element) implements TypeConstraint {}

  record Tuple(List<TypeConstraint> elements) implements TypeConstraint {}

  record ObjectType(Map<String, Attr> attributes) implements TypeConstraint {}

  /** An object attribute; {@code defaultValue} is the second argument of {@code optional(T, default)}. */
  record Attr(TypeConstraint type, boolean optional, Expression defaultValue) {}

  default boolean isPrimitive() {
    return this instanceof Primitive;
  }

  static TypeConstraint parse(Expression e) {
    if (e == null) {
      return ANY;
    }
    if (e instanceof ScopeTraversalExpr t && t.traversal().isEmpty()) {
      return switch (t.rootName()) {
        case "string", "number", "bool" -> new Primitive(t.rootName());
        default -> ANY;
      };
    }
    if (e instanceof FunctionCallExpr f) {
      switch (f.name()) {
        case "list", "set", "map" -> {
          return f.args().size() == 1 ? new Collection(f.name(), parse(f.args().get(0))) : ANY;
        }
        case "tuple" -> {
          if (f.args().size() == 1 && f.args().get(0) instanceof TupleConsExpr t) {
            List<TypeConstraint> elements = new ArrayList<>();
            for (Expression x : t.exprs()) {
              elements.add(parse(x));
            }
            return new Tuple(elements);
          }
          return ANY;
        }
        case "object" -> {
          if (f.args().size() == 1 && f.args().get(0) instanceof ObjectConsExpr o) {
            Map<String, Attr> attributes = new LinkedHashMap<>();
            for (ObjectConsItem item : o.items()) {
              String name = item.key().bareName().orElse(null);
              if (name == null) {
                return ANY;
              }
              attributes.put(name, attr(item.value()));
            }
            return new ObjectType(attributes);
          }
          return ANY;
        }
        default -> {
          return ANY;
        }
      }
    }
    return ANY;
  }

  private static Attr attr(Expression e) {
    if (e instanceof FunctionCallExpr f && f.name().equals("optional") && !f.args().isEmpty()) {
      return new Attr(parse(f.args().get(0)), true, f.args().size() > 1 ? f.args().get(1) : null);
    }
    return new Attr(parse(e), false, null);
  }

  /**
   * Converts {@code v} to this type where Terraform would, leaving anything that does not fit unchanged.
   *
   * @param defaults evaluates an {@code optional()} default expression (a constant)
   */
  default Value convert(Value v, Function<Expression, Value> defaults) {
    if (v instanceof Value.Unknown || v instanceof Value.Null || this instanceof Any) {
      return v;
    }
    if (this instanceof Primitive p) {
      return primitive(p.name(), v);
    }
    if (this instanceof Collection c && c.kind().equals("map") && v instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(new Value.Member(m.key(), m.keyRange(), c.element().convert(m.value(), defaults)));
      }
      return new Value.Obj(members, o.range(), o.sensitive());
    }
    if (this instanceof Collection c && !c.kind().equals("map") && v instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(c.element().convert(item, defaults));
      }
      return new Value.Arr(items, a.range(), a.sensitive());
    }
    if (this instanceof Tuple t && v instanceof Value.Arr a && a.items().size() == t.elements().size()) {
      List<Value> items = new ArrayList<>();
      for (int i = 0; i < a.items().size(); i++) {
        items.add(t.elements().get(i).convert(a.items().get(i), defaults));
      }
      return new Value.Arr(items, a.range(), a.sensitive());
    }
    if (this instanceof ObjectType t && v instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Map.Entry<String, Attr> entry : t.attributes().entrySet()) {
        Attr attr = entry.getValue();
        Value.Member given = TfValues.member(o, entry.getKey()).orElse(null);
        if (given != null && !(given.value() instanceof Value.Null && attr.optional())) {
          members.add(new Value.Member(given.key(), given.keyRange(), attr.type().convert(given.value(), defaults)));
        } else if (attr.optional()) {
          Value filled = attr.defaultValue() == null ? new Value.Null(o.range())
              : attr.type().convert(defaults.apply(attr.defaultValue()), defaults);
          members.add(new Value.Member(entry.getKey(), o.range(), filled));
        } else if (given != null) {
          members.add(given);
        }
        // a required attribute that is missing stays missing: Terraform would reject the value
      }
      return new Value.Obj(members, o.range(), o.sensitive());
    }
    return v;
  }

  private static Value primitive(String name, Value v) {
    switch (name) {
      case "string" -> {
        if (v instanceof Value.Num n) {
          return new Value.Str(TfValues.numberText(n.value()), n.range(), n.sensitive());
        }
        if (v instanceof Value.Bool b) {
          return new Value.Str(Boolean.toString(b.value()), b.range(), b.sensitive());
        }
      }
      case "number" -> {
        if (v instanceof Value.Str s) {
          BigDecimal n = io.vnetlint.hcl.eval.functions.Convert.parseNumber(s.value());
          if (n != null) {
            return new Value.Num(n, s.range(), s.sensitive());
          }
        }
      }
      case "bool" -> {
        if (v instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
          return new Value.Bool(s.value().equals("true"), s.range(), s.sensitive());
        }
      }
      default -> {
        // unreachable: only the three primitive names are parsed
      }
    }
    return v;
  }
}
