package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda functions, as Bicep compiles {@code map(xs, x => ...)}: {@code map(xs, lambda('x', <body>))} with
 * {@code lambdaVariables('x')} in the body. The body is evaluated once per element with the variable bound.
 */
final class LambdaFunctions {
  private LambdaFunctions() {}

  /** A lambda argument: its parameter names and body, or why it is not one. */
  private record Lambda(List<String> parameters, Expr body) {}

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "lambda" -> call -> call.unknown("lambda() is only evaluated inside map(), filter() and the like");
      case "lambdavariables" -> LambdaFunctions::variable;
      case "map" -> LambdaFunctions::map;
      case "filter" -> LambdaFunctions::filter;
      case "reduce" -> LambdaFunctions::reduce;
      case "toobject" -> LambdaFunctions::toObject;
      case "mapvalues" -> LambdaFunctions::mapValues;
      case "groupby" -> LambdaFunctions::groupBy;
      case "sort" -> LambdaFunctions::sort;
      case "distinct" -> LambdaFunctions::distinct;
      default -> null;
    };
  }

  private static Value variable(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value name = call.arg(0);
    if (!(name instanceof Value.Str s)) {
      return call.notA("a lambda variable name", name);
    }
    Value v = call.context().lambdaVariables().get(s.value().toLowerCase(Locale.ROOT));
    return v != null ? v : call.unknown("lambda variable '" + s.value() + "' is not bound");
  }

  private static Optional<Lambda> lambda(Invocation call, int index, int minParameters) {
    if (index >= call.count() || !(call.rawArg(index) instanceof Expr.Call c) || c.namespace() != null
        || !c.name().equalsIgnoreCase("lambda") || c.args().size() < minParameters + 1) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (Expr e : c.args().subList(0, c.args().size() - 1)) {
      if (!(e instanceof Expr.StringLiteral s)) {
        return Optional.empty();
      }
      names.add(s.value().toLowerCase(Locale.ROOT));
    }
    return Optional.of(new Lambda(names, c.args().get(c.args().size() - 1)));
  }

  /** Applies a lambda to arguments (extra parameters get the element's index, as Bicep's (x, i) => ...). */
  private static Value apply(Invocation call, Lambda lambda, Value... args) {
    io.vnetlint.model.Deadline.countIterations(1, call.at());
    Map<String, Value> bound = new HashMap<>();
    for (int i = 0; i < lambda.parameters().size() && i < args.length; i++) {
      bound.put(lambda.parameters().get(i), args[i]);
    }
    return call.evaluate(lambda.body(), call.context().withLambdaVariables(bound));
  }

  /** The body of an array function once its array and lambda arguments are known to be good. */
  private interface ArrayAndLambda {
    Value apply(Value.Arr array, Lambda lambda);
  }

  /** Checks {@code fn(array, lambda)} arguments the same way for every array function, then runs the body. */
  private static Value withArrayAndLambda(
      Invocation call, int lambdaIndex, int minParameters, ArrayAndLambda body) {
    Value source = call.count() > 0 ? call.arg(0) : null;
    Optional<Lambda> lambda = lambda(call, lambdaIndex, minParameters);
    if (!(source instanceof Value.Arr a)) {
      return source == null ? notALambda(call) : call.notA("an array", source);
    }
    if (lambda.isEmpty()) {
      return notALambda(call);
    }
    return body.apply(a, lambda.get());
  }

  private static Value notALambda(Invocation call) {
    return call.unknown(call.name() + " expects a lambda");
  }

  private static Value map(Invocation call) {
    return withArrayAndLambda(call, 1, 1, (a, lambda) -> {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < a.items().size(); i++) {
        out.add(apply(call, lambda, a.items().get(i), call.num(i)));
      }
      return call.array(out);
    });
  }

  private static Value filter(Invocation call) {
    return withArrayAndLambda(call, 1, 1, (a, lambda) -> {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < a.items().size(); i++) {
        Value keep = apply(call, lambda, a.items().get(i), call.num(i));
        if (!(keep instanceof Value.Bool b)) {
          return call.notA("a boolean from the filter", keep);
        }
        if (b.value()) {
          out.add(a.items().get(i));
        }
      }
      return call.array(out);
    });
  }

  private static Value reduce(Invocation call) {
    return withArrayAndLambda(call, 2, 2, (a, lambda) -> {
      Value accumulator = call.arg(1);
      for (int i = 0; i < a.items().size(); i++) {
        accumulator = apply(call, lambda, accumulator, a.items().get(i), call.num(i));
      }
      return accumulator;
    });
  }

  private static Value toObject(Invocation call) {
    Value source = call.count() > 0 ? call.arg(0) : null;
    Optional<Lambda> key = lambda(call, 1, 1);
    Optional<Lambda> value = call.count() > 2 ? lambda(call, 2, 1) : Optional.empty();
    if (!(source instanceof Value.Arr a)) {
      return source == null ? notALambda(call) : call.notA("an array", source);
    }
    if (key.isEmpty() || (call.count() > 2 && value.isEmpty())) {
      return notALambda(call);
    }
    Map<String, Value.Member> members = new LinkedHashMap<>();
    for (Value item : a.items()) {
      Value k = apply(call, key.get(), item);
      if (!(k instanceof Value.Str ks)) {
        return call.notA("string keys", k);
      }
      Value v = value.isPresent() ? apply(call, value.get(), item) : item;
      members.put(ks.value().toLowerCase(Locale.ROOT), call.member(ks.value(), v));
    }
    return call.object(new ArrayList<>(members.values()));
  }

  private static Value mapValues(Invocation call) {
    Value source = call.count() > 0 ? call.arg(0) : null;
    Optional<Lambda> lambda = lambda(call, 1, 1);
    if (!(source instanceof Value.Obj o)) {
      return source == null ? notALambda(call) : call.notA("an object", source);
    }
    if (lambda.isEmpty()) {
      return notALambda(call);
    }
    List<Value.Member> out = new ArrayList<>();
    for (Value.Member m : o.members()) {
      out.add(call.member(m.key(), apply(call, lambda.get(), m.value())));
    }
    return call.object(out);
  }

  private static Value groupBy(Invocation call) {
    return withArrayAndLambda(call, 1, 1, (a, lambda) -> {
      Map<String, List<Value>> groups = new LinkedHashMap<>();
      Map<String, String> keys = new HashMap<>();
      for (Value item : a.items()) {
        Value k = apply(call, lambda, item);
        if (!(k instanceof Value.Str ks)) {
          return call.notA("string keys", k);
        }
        String folded = ks.value().toLowerCase(Locale.ROOT);
        keys.putIfAbsent(folded, ks.value());
        groups.computeIfAbsent(folded, x -> new ArrayList<>()).add(item);
      }
      List<Value.Member> out = new ArrayList<>();
      groups.forEach((folded, items) -> out.add(call.member(keys.get(folded), call.array(items))));
      return call.object(out);
    });
  }

  /** A stable insertion sort; the lambda says whether its first argument comes before the second. */
  private static Value sort(Invocation call) {
    return withArrayAndLambda(call, 1, 2, (a, lambda) -> {
      if (a.items().size() > 200) {
        return call.unknown("sort() of more than 200 items is not evaluated");
      }
      List<Value> sorted = new ArrayList<>();
      for (Value item : a.items()) {
        int at = sorted.size();
        while (at > 0) {
          Value before = apply(call, lambda, item, sorted.get(at - 1));
          if (!(before instanceof Value.Bool b)) {
            return call.notA("a boolean from the comparison", before);
          }
          if (!b.value()) {
            break;
          }
          at--;
        }
        sorted.add(at, item);
      }
      return call.array(sorted);
    });
  }

  private static Value distinct(Invocation call) {
    Optional<Value> arity = call.arity(1, 1);
    if (arity.isPresent()) {
      return arity.get();
    }
    Value source = call.arg(0);
    if (!(source instanceof Value.Arr a)) {
      return call.notA("an array", source);
    }
    List<Value> out = new ArrayList<>();
    for (Value item : a.items()) {
      boolean seen = false;
      for (Value existing : out) {
        Boolean eq = Conversions.equal(existing, item);
        if (eq == null) {
          return call.unknown("distinct() compares unknown values");
        }
        seen |= eq;
      }
      if (!seen) {
        out.add(item);
      }
    }
    return call.array(out);
  }
}
