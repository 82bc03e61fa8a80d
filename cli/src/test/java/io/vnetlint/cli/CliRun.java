package io.vnetlint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  static Path projectRoot() {
    String root = System.getProperty("vnetlint.projectRoot");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }

  static Path shared() {
    String shared = System.getProperty("vnetlint.shared");
    return shared != null ? Path.of(shared) : projectRoot().resolve("../shared").normalize();
  }
}
