package io.vnetlint.model;

import java.time.Duration;

/**
 * Input limits that keep a hostile or broken file from exhausting memory, stack or time. Every limit reached is a
 * positioned error diagnostic ({@code file:line:col}) about that file; the scan goes on with the other files. The
 * README's "Limits" section lists these numbers: keep the two together.
 */
public final class Limits {
  private Limits() {}

  /** Larger files are reported ("file too large") and skipped. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /** Deeper nesting of objects, arrays or expressions is reported and the file skipped. */
  public static final int MAX_NESTING = 500;

  /** Longest string an evaluation may build (format width, joins, templates, padLeft, ...), in characters. */
  public static final int MAX_STRING_CHARS = 1024 * 1024;

  /**
   * Largest number of instances of one resource or module call ({@code count}, {@code for_each}, ARM {@code copy},
   * Bicep {@code for}), and of elements of one evaluated collection ({@code range}, for expressions). Azure itself
   * stops ARM copy loops at 800.
   */
  public static final int MAX_INSTANCES = 10_000;

  /**
   * Iterations of for expressions and loops in the evaluation of one file (Terraform: one root module with its
   * modules): nested loops multiply, three nested loops over 1,000 items are 10^9.
   */
  public static final int MAX_ITERATIONS_PER_FILE = 1_000_000;

  /** Largest number of resource instances one file (with the modules it calls) may produce. */
  public static final int MAX_RESOURCES_PER_FILE = 50_000;

  /**
   * Largest decimal exponent of a number (either sign): beyond it arithmetic on exact decimals grows without
   * bound ({@code 1e999999999 + 1}); such numbers are out of range.
   */
  public static final int MAX_NUMBER_EXPONENT = 1000;

  /** Deepest chain of Terraform module calls. */
  public static final int MAX_MODULE_DEPTH = 24;

  /** Deepest chain of Bicep modules or linked ARM templates (inline nested deployments are bounded by nesting). */
  public static final int MAX_DEPLOYMENT_DEPTH = 16;

  /** Evaluation time of one file (or one Terraform root module with its modules) before it is abandoned. */
  public static final Duration FILE_TIME_BUDGET = Duration.ofSeconds(30);

  /** Whether {@code exponent} (a number's {@code precision - scale}, or its negative scale) is in range. */
  public static boolean numberInRange(java.math.BigDecimal n) {
    if (n.signum() == 0) {
      return true;
    }
    long magnitude = (long) n.precision() - n.scale();
    return magnitude <= MAX_NUMBER_EXPONENT && magnitude >= -MAX_NUMBER_EXPONENT
        && n.precision() <= 2L * MAX_NUMBER_EXPONENT;
  }
}
