package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;

/** One built-in template function. */
@FunctionalInterface
public interface ArmFunction {
  Value apply(Invocation call);
}
