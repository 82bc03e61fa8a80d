package io.vnetlint.hcl.eval;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.util.function.Supplier;

/**
 * A value computed once, on first demand, with cycle detection: asking for the value while it is being computed
 * (a local that refers to itself through others) gives an unknown value naming the cycle instead of recursing
 * forever. An {@link EvalError} is remembered too and thrown again to every reader, so a {@code try()} around a
 * reference to a broken local falls back as in Terraform.
 */
final class Cell {
  private enum State { NEW, RUNNING, DONE }

  private final String name;
  private final SourceRange range;
  private final Supplier<Value> compute;
  private State state = State.NEW;
  private Value value;
  private EvalError error;

  Cell(String name, SourceRange range, Supplier<Value> compute) {
    this.name = name;
    this.range = range;
    this.compute = compute;
  }

  Value get() {
    switch (state) {
      case DONE -> {
        if (error != null) {
          throw error;
        }
        return value;
      }
      case RUNNING -> {
        return new Value.Unknown("cycle: " + name + " depends on itself", range);
      }
      default -> {
        state = State.RUNNING;
        try {
          value = compute.get();
        } catch (EvalError e) {
          error = e;
        } finally {
          state = State.DONE;
        }
        if (error != null) {
          throw error;
        }
        return value;
      }
    }
  }

  boolean isDone() {
    return state == State.DONE;
  }
}
