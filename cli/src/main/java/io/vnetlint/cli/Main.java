package io.vnetlint.cli;

import io.vnetlint.cli.graph.GraphCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vnetlint}: the command line entry point. */
@Command(
    name = "vnetlint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks Azure virtual network, VPN and ExpressRoute infrastructure code (ARM, Bicep, Terraform) "
        + "for the mistakes of Microsoft's guide \"Configure and validate VNet or VPN connections\".",
    subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, GraphCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for usage errors and unreadable input, as in the README. */
  public static final int EXIT_INPUT_ERROR = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given streams; returns the exit code. Used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // Never a stack trace: a one-line message that users can report.
      commandLine.getErr().println("vnetlint: internal error: " + e + " (please report this)");
      return EXIT_INPUT_ERROR;
    });
    return cli.execute(args);
  }
}
