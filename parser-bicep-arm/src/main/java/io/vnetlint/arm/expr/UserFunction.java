package io.vnetlint.arm.expr;

import io.vnetlint.model.Value;
import java.util.List;

/**
 * A user-defined function of a template's {@code functions} section, {@code namespace.member}: its parameter names in
 * order and its output value as written (a JSON value whose strings may be expressions).
 */
public record UserFunction(String displayName, List<String> parameters, Value output) {
  public UserFunction {
    parameters = List.copyOf(parameters);
  }
}
