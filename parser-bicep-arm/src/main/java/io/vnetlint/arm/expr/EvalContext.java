package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an expression is evaluated: its template, the copy loop indexes in effect, and the variables of the
 * lambdas it is inside ({@code lambdaVariables('x')}).
 */
public record EvalContext(TemplateContext template, CopyBindings copies, Map<String, Value> lambdaVariables) {

  public EvalContext {
    lambdaVariables = Map.copyOf(lambdaVariables);
  }

  public EvalContext(TemplateContext template, CopyBindings copies) {
    this(template, copies, Map.of());
  }

  public EvalContext withCopies(CopyBindings c) {
    return new EvalContext(template, c, lambdaVariables);
  }

  /** The context inside a lambda whose parameters are bound to {@code values}. */
  public EvalContext withLambdaVariables(Map<String, Value> values) {
    Map<String, Value> all = new HashMap<>(lambdaVariables);
    all.putAll(values);
    return new EvalContext(template, copies, all);
  }
}
