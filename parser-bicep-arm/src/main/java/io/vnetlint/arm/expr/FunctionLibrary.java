package io.vnetlint.arm.expr;

import io.vnetlint.model.Limits;
import io.vnetlint.model.Value;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The built-in functions by lower-cased name (template function names ignore case). */
final class FunctionLibrary {
  private final Map<String, ArmFunction> byName = new HashMap<>();

  static FunctionLibrary standard() {
    FunctionLibrary library = new FunctionLibrary();
    DeploymentFunctions.register(library);
    ResourceFunctions.register(library);
    StringFunctions.register(library);
    CollectionFunctions.register(library);
    LogicalFunctions.register(library);
    NumericFunctions.register(library);
    RuntimeFunctions.register(library);
    LambdaFunctions.register(library);
    CidrFunctions.register(library);
    return library;
  }

  void register(String name, ArmFunction function) {
    byName.put(name.toLowerCase(Locale.ROOT), function);
  }

  Value call(Expr.Call call, Invocation invocation) {
    if (call.namespace() != null) {
      return invocation.context().template().userFunction(call.namespace(), call.name())
          .map(f -> UserFunctionCall.call(f, invocation))
          .orElseGet(() -> invocation.unknown("user-defined function '" + call.displayName() + "' is not declared"));
    }
    String name = call.name().toLowerCase(Locale.ROOT);
    ArmFunction function = byName.get(name);
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
