package io.vnetlint.arm.expr;

import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Evaluates a call of a user-defined function: its output value with {@code parameters()} bound to the arguments.
 * As ARM documents, a function body sees only its own parameters — not the template's parameters or variables, and
 * no {@code reference()} — so everything else is unknown rather than taken from the caller.
 */
final class UserFunctionCall implements TemplateContext {
  /** Deeper chains of user-defined functions calling each other are not followed. */
  private static final int MAX_DEPTH = 32;
  /** User-defined function calls evaluated per deployment variant at most. */
  static final int MAX_CALLS = 10_000;

  private final TemplateContext caller;
  private final UserFunction function;
  private final Map<String, Value> arguments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final int depth;

  private UserFunctionCall(TemplateContext caller, UserFunction function, List<Value> args, int depth) {
    this.caller = caller;
    this.function = function;
    for (int i = 0; i < args.size(); i++) {
      arguments.put(function.parameters().get(i), args.get(i));
    }
    this.depth = depth;
  }

  static Value call(UserFunction function, Invocation call) {
    if (call.count() != function.parameters().size()) {
      return call.unknown(call.name() + " expects " + function.parameters().size() + " argument"
          + (function.parameters().size() == 1 ? "" : "s") + ", got " + call.count());
    }
    TemplateContext caller = call.context().template();
    int depth = caller instanceof UserFunctionCall u ? u.depth + 1 : 1;
    if (depth > MAX_DEPTH) {
      return call.unknown(call.name() + " is not evaluated: user-defined functions call each other more than "
          + MAX_DEPTH + " deep");
    }
    for (TemplateContext c = caller; c instanceof UserFunctionCall u; c = u.caller) {
      if (u.function.displayName().equalsIgnoreCase(function.displayName())) {
        return call.unknown(call.name() + " calls itself, which Azure rejects");
      }
    }
    if (!call.facts().userFunctionCall(MAX_CALLS)) {
      return call.unknown(call.name() + " is not evaluated: more than " + MAX_CALLS
          + " user-defined function calls in this deployment");
    }
    UserFunctionCall scope = new UserFunctionCall(caller, function, call.args(), depth);
    Value result = scope.evaluate(function.output(), new EvalContext(scope, CopyBindings.NONE), call);
    return call.sensitiveSeen() ? call.facts().sensitive(result) : result;
  }

  /** The output value: strings evaluated as expressions, objects and arrays member by member. */
  private Value evaluate(Value json, EvalContext in, Invocation call) {
    if (json instanceof Value.Str s) {
      if (ExpressionParser.isExpression(s.value())) {
        return call.evaluateString(s, in);
      }
      return call.str(ExpressionParser.literal(s.value()));
    }
    if (json instanceof Value.Obj o) {
      List<Value.Member> members = new ArrayList<>();
      for (Value.Member m : o.members()) {
        members.add(call.member(m.key(), evaluate(m.value(), in, call)));
      }
      return call.object(members);
    }
    if (json instanceof Value.Arr a) {
      List<Value> items = new ArrayList<>();
      for (Value item : a.items()) {
        items.add(evaluate(item, in, call));
      }
      return call.array(items);
    }
    return call.context().template().facts().withRange(json, call.at());
  }

  @Override
  public Value parameter(String name, SourceRange at) {
    Value v = arguments.get(name);
    return v != null ? v
        : new Value.Unknown(function.displayName() + "() has no parameter '" + name + "'", at);
  }

  @Override
  public Value variable(String name, SourceRange at) {
    return new Value.Unknown("user-defined function " + function.displayName() + "() cannot use variables", at);
  }

  @Override
  public String subscriptionId() {
    return caller.subscriptionId();
  }

  @Override
  public String resourceGroupName() {
    return caller.resourceGroupName();
  }

  @Override
  public Optional<ResourceRef> resourceBySymbolicName(String name) {
    return Optional.empty();
  }

  @Override
  public Optional<UserFunction> userFunction(String namespace, String name) {
    return caller.userFunction(namespace, name);
  }

  @Override
  public RuntimeFacts facts() {
    return caller.facts();
  }
}
