package io.vnetlint.bicep.eval;

import io.vnetlint.arm.expr.CopyBindings;
import io.vnetlint.arm.expr.EvalContext;
import io.vnetlint.arm.expr.Expr;
import io.vnetlint.arm.expr.ExpressionEvaluator;
import io.vnetlint.arm.expr.ExpressionParser;
import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.expr.TemplateContext;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calls the ARM template functions on Bicep values: Bicep's {@code sys}/{@code az} functions are compiled to the
 * same ARM functions, so they share one implementation. The arguments are already evaluated; they reach the ARM
 * function as {@code parameters('0')}, {@code parameters('1')}, ... of a one-call template context.
 */
final class ArmFunctions {
  /** ARM functions that only make sense inside a JSON template (Bicep has its own syntax for them). */
  private static final java.util.Set<String> TEMPLATE_ONLY =
      java.util.Set.of("parameters", "variables", "copyindex", "lambda", "lambdavariables", "createobject");

  private final ExpressionEvaluator evaluator = new ExpressionEvaluator(new ExpressionParser());

  /** {@code name(args)} as ARM evaluates it in a deployment at {@code subscription}/{@code resourceGroup}. */
  Value call(String name, List<Value> args, String subscription, String resourceGroup, RuntimeFacts facts,
      SourceRange at) {
    if (TEMPLATE_ONLY.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      return new Value.Unknown(name + "() is not a Bicep function", at);
    }
    List<Expr> argExprs = new ArrayList<>(args.size());
    for (int i = 0; i < args.size(); i++) {
      argExprs.add(new Expr.Call(null, "parameters", List.of(new Expr.StringLiteral(Integer.toString(i)))));
    }
    TemplateContext context = new Arguments(args, subscription, resourceGroup, facts);
    return evaluator.evaluate(new Expr.Call(null, name, argExprs), new EvalContext(context, CopyBindings.NONE), at);
  }

  /** The already evaluated arguments, visible as numbered parameters. */
  private record Arguments(List<Value> args, String subscriptionId, String resourceGroupName, RuntimeFacts facts)
      implements TemplateContext {

    @Override
    public Value parameter(String name, SourceRange at) {
      // only the numbered arguments exist; Bicep has no parameters() function of its own
      for (int i = 0; i < args.size(); i++) {
        if (name.equals(Integer.toString(i))) {
          return args.get(i);
        }
      }
      return new Value.Unknown("parameters() is not a Bicep function", at);
    }

    @Override
    public Value variable(String name, SourceRange at) {
      return new Value.Unknown("variables() is not available here", at);
    }

    @Override
    public Optional<ResourceRef> resourceBySymbolicName(String name) {
      return Optional.empty();
    }
  }
}
