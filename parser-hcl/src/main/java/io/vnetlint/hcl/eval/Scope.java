package io.vnetlint.hcl.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * What names mean where an expression is evaluated: the module instance (variables, locals, resources, module
 * calls) and the local symbols bound around it ({@code count}, {@code each}, {@code for} variables, dynamic block
 * iterators, the current splat element). A constant scope has no module: tfvars values and type defaults may not
 * refer to anything.
 */
final class Scope {
  /** The binding name of the current element of a splat expression (not a valid identifier, so never shadowed). */
  static final String SPLAT_ITEM = "*splat*";

  final ModuleInstance module;
  private final Map<String, Object> bindings;

  private Scope(ModuleInstance module, Map<String, Object> bindings) {
    this.module = module;
    this.bindings = bindings;
  }

  static Scope constant() {
    return new Scope(null, Map.of());
  }

  static Scope of(ModuleInstance module) {
    return new Scope(module, Map.of());
  }

  /** A child scope with {@code name} bound to a value or a {@link Node}. */
  Scope bind(String name, Object valueOrNode) {
    Map<String, Object> b = new HashMap<>(bindings);
    b.put(name, valueOrNode);
    return new Scope(module, b);
  }

  /** The value or node bound to {@code name}, or null. */
  Object bound(String name) {
    return bindings.get(name);
  }
}
