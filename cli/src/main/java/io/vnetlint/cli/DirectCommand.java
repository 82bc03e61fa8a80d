package io.vnetlint.cli;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * A command that runs with explicit output streams, without picocli's model of it: picocli calls it from
 * {@code call()}, and {@link Main} calls it directly when {@link PlainArguments} could read its arguments.
 */
public interface DirectCommand {
  /** Runs the command, printing the report to {@code out} and messages to {@code err}; returns the exit code. */
  int run(PrintWriter out, PrintWriter err) throws IOException;
}
