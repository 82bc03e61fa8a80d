package io.vnetlint.hcl.eval;

import io.vnetlint.model.SourceRange;

/**
 * An expression Terraform would reject (a failed function call, an attribute an object does not have, an index out
 * of range). Thrown inside an expression so that {@code try()} and {@code can()} see it as Terraform does; where a
 * value is needed (an argument, a local, a count) it is reported as a warning and the value becomes unknown.
 * Messages never contain values (they may be secrets).
 */
public final class EvalError extends RuntimeException {
  private final SourceRange range;

  public EvalError(String message, SourceRange range) {
    super(message, null, false, false);
    this.range = range;
  }

  public SourceRange range() {
    return range;
  }
}
