package io.vnetlint.cli.hostile;

import io.vnetlint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints (the hostile-input tests' own runner). */
record HostileRun(int exitCode, String out, String err) {

  static HostileRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new HostileRun(code, out.toString(), err.toString());
  }
}
