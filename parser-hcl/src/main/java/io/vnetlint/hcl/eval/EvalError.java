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
  private final boolean limit;

  public EvalError(String message, SourceRange range) {
    this(message, range, false);
  }

  private EvalError(String message, SourceRange range, boolean limit) {
    super(message, null, false, false);
    this.range = range;
    this.limit = limit;
  }

  /** A limit of vnetlint's (nesting, number range, string length) rather than Terraform's: reported as an error. */
  public static EvalError limit(String message, SourceRange range) {
    return new EvalError(message, range, true);
  }

  public boolean isLimit() {
    return limit;
  }

  public SourceRange range() {
    return range;
  }
}
