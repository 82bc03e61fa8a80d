package io.vnetlint.cli.output;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr for scans that take more than a second, on an interactive terminal only: what is
 * being done and the seconds so far, redrawn in place and erased when the work ends. Never in pipes, files or CI
 * logs, so it cannot clutter captured output.
 */
public final class Progress implements AutoCloseable {
  private static final long DELAY_MS = 1000;
  private static final long PERIOD_MS = 250;

  private final PrintWriter err;
  private final ScheduledExecutorService timer;
  private final long started = System.nanoTime();
  private final String label;
  private boolean drawn;

  private Progress(PrintWriter err, String label, boolean enabled, long delayMs) {
    this.err = err;
    this.label = label;
    if (enabled) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vnetlint-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(this::draw, delayMs, PERIOD_MS, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  /** Starts the progress line; {@code enabled} false gives one that never prints (not a terminal, --quiet). */
  public static Progress start(PrintWriter err, boolean enabled, String label) {
    return new Progress(err, label, enabled, DELAY_MS);
  }

  /** For tests: a progress line that draws after {@code delayMs}. */
  static Progress start(PrintWriter err, String label, long delayMs) {
    return new Progress(err, label, true, delayMs);
  }

  private synchronized void draw() {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.print(String.format(java.util.Locale.ROOT, "\rvnetlint: %s... %.1fs", label, seconds));
    err.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (drawn) {
        err.print("\r\u001b[2K"); // erase the line
        err.flush();
      }
    }
  }
}
