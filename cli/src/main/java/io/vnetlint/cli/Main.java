package io.vnetlint.cli;

import io.vnetlint.cli.config.DidYouMean;
import io.vnetlint.cli.graph.GraphCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vnetlint}: the command line entry point. */
@Command(
    name = "vnetlint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks Azure virtual network, VPN and ExpressRoute infrastructure code (ARM, Bicep, Terraform) "
        + "for the mistakes of Microsoft's guide \"Configure and validate VNet or VPN connections\".")
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
    addSubcommands(cli, args.length > 0 ? args[0] : "");
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof java.io.IOException io) {
        // A file the user named cannot be written or read (-o into a missing or read-only place): their problem.
        commandLine.getErr().println("vnetlint: " + describe(io));
        return EXIT_INPUT_ERROR;
      }
      // Never a stack trace, and not the exception's message either (it may quote input, a secret included): the
      // exception type and where it was thrown, one line that users can report.
      StackTraceElement[] where = e.getStackTrace();
      commandLine.getErr().println("vnetlint: internal error: " + e.getClass().getName()
          + (where.length > 0 ? " at " + where[0] : "") + " (please report this)");
      return EXIT_INPUT_ERROR;
    });
    cli.setParameterExceptionHandler(Main::usageError);
    return cli.execute(args);
  }

  /** The subcommands, in the order the usage lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("scan", ScanCommand::new);
    all.put("rules", RulesCommand::new);
    all.put("explain", ExplainCommand::new);
    all.put("init", InitCommand::new);
    all.put("graph", GraphCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return all;
  }

  /**
   * Only the subcommand being run, when the first word names one: picocli reads every option of every command it
   * is given, which was a good part of a small scan's start-up. Anything else (help, usage, a misspelt command
   * that needs the list for "did you mean") gets them all.
   */
  private static void addSubcommands(CommandLine cli, String first) {
    if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
      cli.addSubcommand(SUBCOMMANDS.get(first).get());
      return;
    }
    SUBCOMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
  }

  private static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException f) {
      return f.getFile() + ": no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : f.getReason());
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /**
   * A misuse of the command line: one line saying what is wrong (with the closest option or command when a name
   * is misspelled) and where to read more, instead of the whole usage text; exit code 2.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    StringBuilder message = new StringBuilder(name + ": " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String word = unmatched.getUnmatched().get(0);
      List<String> candidates = new ArrayList<>();
      if (word.startsWith("-")) {
        candidates.addAll(command.getCommandSpec().optionsMap().keySet());
        word = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      } else if (!command.getSubcommands().isEmpty()) {
        candidates.addAll(command.getSubcommands().keySet());
        message.setLength(0);
        message.append(name).append(": unknown command '").append(word).append('\'');
      }
      DidYouMean.closest(word, candidates).ifPresent(s -> message.append(" (did you mean '").append(s)
          .append("'?)"));
    }
    err.println(message);
    err.println("Run '" + name + " --help' for usage.");
    err.flush();
    return EXIT_INPUT_ERROR;
  }
}
