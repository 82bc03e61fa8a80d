package io.vnetlint.hcl.syntax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small HCL expression evaluator for the specsuite: literals, templates (with directives), variables
 * and their traversals, tuples, objects, operators and conditionals. Values are null, Boolean, BigDecimal, String,
 * List and Map. The real Terraform evaluator lives in {@code io.vnetlint.hcl.eval}.
 */
final class MiniEvaluator {
  /** cty numbers carry 512 bits of mantissa; 160 decimal digits is more than enough for the suite. */
  static final MathContext PRECISION = new MathContext(160);

  private final Map<String, Object> variables;

  MiniEvaluator(Map<String, Object> variables) {
    this.variables = variables;
  }

  static final class EvalException extends RuntimeException {
    EvalException(String message) {
      super(message);
    }
  }

  Object eval(Expression e) {
    if (e instanceof LiteralValue l) {
      return l.value();
    }
    if (e instanceof TemplateExpr t) {
      return render(t.parts());
    }
    if (e instanceof TemplateWrapExpr w) {
      return eval(w.wrapped());
    }
    if (e instanceof ParenthesesExpr p) {
      return eval(p.expression());
    }
    if (e instanceof ScopeTraversalExpr s) {
      if (!variables.containsKey(s.rootName())) {
        throw new EvalException("unknown variable " + s.rootName());
      }
      return traverse(variables.get(s.rootName()), s.traversal());
    }
    if (e instanceof RelativeTraversalExpr r) {
      return traverse(eval(r.source()), r.traversal());
    }
    if (e instanceof TupleConsExpr t) {
      List<Object> out = new ArrayList<>();
      for (Expression x : t.exprs()) {
        out.add(eval(x));
      }
      return out;
    }
    if (e instanceof ObjectConsExpr o) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (ObjectConsItem item : o.items()) {
        String key = item.key().bareName().orElseGet(() -> toStr(eval(item.key().wrapped())));
        out.put(key, eval(item.value()));
      }
      return out;
    }
    if (e instanceof ObjectConsKeyExpr k) {
      return k.bareName().map(Object.class::cast).orElseGet(() -> eval(k.wrapped()));
    }
    if (e instanceof ConditionalExpr c) {
      return bool(eval(c.condition())) ? eval(c.trueResult()) : eval(c.falseResult());
    }
    if (e instanceof UnaryOpExpr u) {
      Object v = eval(u.val());
      return u.op() == UnaryOperator.NEGATE ? num(v).negate() : !bool(v);
    }
    if (e instanceof BinaryOpExpr b) {
      return binary(b.op(), eval(b.lhs()), eval(b.rhs()));
    }
    throw new EvalException("not supported by the specsuite evaluator: " + e.getClass().getSimpleName());
  }

  private Object binary(BinaryOperator op, Object l, Object r) {
    return switch (op) {
      case EQUAL -> valueEquals(l, r);
      case NOT_EQUAL -> !valueEquals(l, r);
      case AND -> bool(l) && bool(r);
      case OR -> bool(l) || bool(r);
      case LESS_THAN -> num(l).compareTo(num(r)) < 0;
      case LESS_THAN_OR_EQUAL -> num(l).compareTo(num(r)) <= 0;
      case GREATER_THAN -> num(l).compareTo(num(r)) > 0;
      case GREATER_THAN_OR_EQUAL -> num(l).compareTo(num(r)) >= 0;
      case ADD -> num(l).add(num(r), PRECISION);
      case SUBTRACT -> num(l).subtract(num(r), PRECISION);
      case MULTIPLY -> num(l).multiply(num(r), PRECISION);
      case DIVIDE -> num(l).divide(num(r), PRECISION);
      case MODULO -> num(l).remainder(num(r), PRECISION);
    };
  }

  private Object traverse(Object v, List<Traverser> steps) {
    for (Traverser t : steps) {
      if (t instanceof TraverseAttr a) {
        if (!(v instanceof Map<?, ?> m) || !m.containsKey(a.name())) {
          throw new EvalException("no attribute " + a.name());
        }
        v = m.get(a.name());
      } else if (t instanceof TraverseIndex i) {
        Object key = i.key().value();
        if (v instanceof List<?> list) {
          v = list.get(num(key).intValueExact());
        } else if (v instanceof Map<?, ?> m) {
          v = m.get(toStr(key));
        } else {
          throw new EvalException("cannot index " + v);
        }
      }
    }
    return v;
  }

  private String render(List<TemplatePart> parts) {
    StringBuilder sb = new StringBuilder();
    for (TemplatePart p : parts) {
      if (p instanceof TemplateLiteral l) {
        sb.append(l.value());
      } else if (p instanceof TemplateInterpolation i) {
        sb.append(toStr(eval(i.expr())));
      } else if (p instanceof TemplateIf f) {
        sb.append(render(bool(eval(f.condition())) ? f.trueParts() : f.falseParts()));
      } else if (p instanceof TemplateFor f) {
        Object coll = eval(f.collExpr());
        if (!(coll instanceof List<?> list)) {
          throw new EvalException("for over a non-list");
        }
        for (int i = 0; i < list.size(); i++) {
          Map<String, Object> scope = new LinkedHashMap<>(variables);
          if (f.keyVar() != null) {
            scope.put(f.keyVar(), BigDecimal.valueOf(i));
          }
          scope.put(f.valVar(), list.get(i));
          sb.append(new MiniEvaluator(scope).render(f.body()));
        }
      }
    }
    return sb.toString();
  }

  static boolean valueEquals(Object l, Object r) {
    if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return l == null ? r == null : l.equals(r);
  }

  static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new EvalException("not a bool: " + v);
  }

  static BigDecimal num(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw new EvalException("not a number: " + v);
  }

  static String toStr(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    throw new EvalException("not convertible to string: " + v);
  }
}
