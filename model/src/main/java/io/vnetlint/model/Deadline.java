package io.vnetlint.model;

import java.time.Duration;

/**
 * The per-file time budget ({@link Limits#FILE_TIME_BUDGET}): a front end starts one around the evaluation of a
 * file (or a Terraform root module), and the evaluators call {@link #check} in their loops and recursive calls. A
 * runaway evaluation then ends with {@link Exceeded}, which the front end turns into a positioned error for that
 * file while the scan goes on — no thread is stopped.
 *
 * <p>The budget lives in a thread-local so evaluators deep in the call tree need no extra parameter; outside a
 * started budget {@link #check} does nothing.
 */
public final class Deadline implements AutoCloseable {
  /** Overrides the budget in milliseconds (tests use a budget of 0 to reach the limit without waiting). */
  public static final String BUDGET_PROPERTY = "vnetlint.fileTimeBudgetMillis";

  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final long endNanos;
  private final Duration budget;
  private final Deadline outer;
  private int calls;
  private long iterations;

  private Deadline(Duration budget, Deadline outer) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
    this.outer = outer;
  }

  /** Starts the budget of one file on this thread; close it when the file is done (try-with-resources). */
  public static Deadline start() {
    Deadline outer = CURRENT.get();
    if (outer != null) {
      return outer.nested(); // a linked template or module is part of the file that reached it
    }
    Deadline d = new Deadline(budget(), null);
    CURRENT.set(d);
    return d;
  }

  /** A handle for a nested start: closing it leaves the outer budget running. */
  private Deadline nested() {
    return new Deadline(budget, this);
  }

  /** The configured budget: {@link Limits#FILE_TIME_BUDGET} unless {@link #BUDGET_PROPERTY} says otherwise. */
  public static Duration budget() {
    String override = System.getProperty(BUDGET_PROPERTY);
    if (override != null) {
      try {
        return Duration.ofMillis(Math.max(0, Long.parseLong(override.strip())));
      } catch (NumberFormatException e) {
        // an unusable override is ignored
      }
    }
    return Limits.FILE_TIME_BUDGET;
  }

  /**
   * Throws {@link Exceeded} when the current file's budget is spent. Cheap enough for every evaluation step: the
   * clock is read on every 64th call only (the first call always reads it).
   */
  public static void check(SourceRange at) {
    Deadline d = CURRENT.get();
    if (d != null && (d.calls++ & 63) == 0 && System.nanoTime() - d.endNanos >= 0) {
      throw new Exceeded("evaluation took longer than the limit of " + d.budget.toMillis() / 1000.0 + " s", at);
    }
  }

  /**
   * Counts {@code n} more iterations of loops or lambda applications in the current file and throws {@link Exceeded}
   * beyond {@link Limits#MAX_ITERATIONS_PER_FILE}: nested loops multiply, and each may be within its own limit.
   */
  public static void countIterations(int n, SourceRange at) {
    Deadline d = CURRENT.get();
    if (d != null && (d.iterations += n) > Limits.MAX_ITERATIONS_PER_FILE) {
      throw new Exceeded("loops and lambda functions iterate more than " + Limits.MAX_ITERATIONS_PER_FILE
          + " times", at);
    }
  }

  @Override
  public void close() {
    if (outer == null && CURRENT.get() == this) {
      CURRENT.remove();
    }
  }

  /** The budget of the current file is spent; {@link #at} is where evaluation was when it noticed. */
  public static final class Exceeded extends RuntimeException {
    private final transient SourceRange at;

    Exceeded(String message, SourceRange at) {
      super(message, null, false, false);
      this.at = at;
    }

    /** Where evaluation was, or null when the checking code had no position. */
    public SourceRange at() {
      return at;
    }

    /** The error diagnostic for the file: at {@link #at} when known, else at the start of {@code file}. */
    public Diagnostic diagnostic(String file) {
      SourceRange where = at != null ? at : SourceRange.fileStart(file);
      return Diagnostic.error("limit-exceeded", getMessage() + "; the file is not analyzed", where);
    }
  }
}
