package io.vnetlint.arm.expr;

import io.vnetlint.model.Limits;
import io.vnetlint.model.Value;
import java.util.Locale;

/**
 * The built-in functions by lower-cased name (template function names ignore case). Each group of functions finds
 * its own by name with a switch, so that a scan links only the lambdas of the functions its templates call.
 */
final class FunctionLibrary {
  private static final FunctionLibrary STANDARD = new FunctionLibrary();

  private FunctionLibrary() {}

  static FunctionLibrary standard() {
    return STANDARD;
  }

  /** The built-in function called {@code name} (lower case), or null when there is none. */
  static ArmFunction find(String name) {
    ArmFunction f = DeploymentFunctions.find(name);
    f = f != null ? f : ResourceFunctions.find(name);
    f = f != null ? f : StringFunctions.find(name);
    f = f != null ? f : CollectionFunctions.find(name);
    f = f != null ? f : LogicalFunctions.find(name);
    f = f != null ? f : NumericFunctions.find(name);
    f = f != null ? f : RuntimeFunctions.find(name);
    f = f != null ? f : LambdaFunctions.find(name);
    return f != null ? f : CidrFunctions.find(name);
  }

  Value call(Expr.Call call, Invocation invocation) {
    if (call.namespace() != null) {
      return invocation.context().template().userFunction(call.namespace(), call.name())
          .map(f -> UserFunctionCall.call(f, invocation))
          .orElseGet(() -> invocation.unknown("user-defined function '" + call.displayName() + "' is not declared"));
    }
    String name = call.name().toLowerCase(Locale.ROOT);
    ArmFunction function = find(name);
    if (function != null) {
      Value result = function.apply(invocation);
      if (result instanceof Value.Str str && str.value().length() > Limits.MAX_STRING_CHARS) {
        // each call at most doubles a string under the limit: repeated concatenation cannot run away
        return invocation.unknown(call.name() + "() builds a string longer than the limit of "
            + Limits.MAX_STRING_CHARS + " characters");
      }
      return result;
    }
    if (name.startsWith("list")) {
      // listKeys(), listSecrets(), ...: runtime state, usually secrets
      return new Value.Unknown(call.name() + "() reads runtime state of a deployed resource", invocation.at(), true);
    }
    return invocation.unknown("function '" + call.name() + "' is not evaluated");
  }
}
