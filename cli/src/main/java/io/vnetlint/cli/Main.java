package io.vnetlint.cli;

import io.vnetlint.cli.config.DidYouMean;
import io.vnetlint.cli.graph.GraphArguments;
import io.vnetlint.cli.graph.GraphCommand;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Optional<? extends DirectCommand> direct = direct(args);
    if (direct.isPresent()) {
      try {
        return direct.get().run(out, err);
      } catch (Exception e) {
        return executionError(e, err);
      }
    }
    return withPicocli(args, out, err);
  }

  /** The whole command line read and run by picocli: help, usage and every error message come from here. */
  static int withPicocli(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    addSubcommands(cli, args.length > 0 ? args[0] : "");
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> executionError(e, commandLine.getErr()));
    cli.setParameterExceptionHandler(Main::usageError);
    return cli.execute(args);
  }

  /**
   * The command to run without picocli, when the arguments are plain (see {@link PlainArguments}): picocli's model
   * of a command, built from its annotations, was about 40% of a small scan's start-up. Empty when picocli must
   * read the arguments (help, usage, any error).
   */
  static Optional<? extends DirectCommand> direct(String[] args) {
    if (args.length == 0) {
      return Optional.empty();
    }
    List<String> words = Arrays.asList(args).subList(1, args.length);
    return switch (args[0]) {
      case "scan" -> ScanArguments.parse(words);
      case "graph" -> GraphArguments.parse(words);
      default -> Optional.empty();
    };
  }

  /** What picocli's execution exception handler does, for both paths. */
  private static int executionError(Exception e, PrintWriter err) {
    if (e instanceof java.io.IOException io) {
      // A file the user named cannot be written or read (-o into a missing or read-only place): their problem.
      err.println("vnetlint: " + describe(io));
      return EXIT_INPUT_ERROR;
    }
    // Never a stack trace, and not the exception's message either (it may quote input, a secret included): the
    // exception type and where it was thrown, one line that users can report.
    StackTraceElement[] where = e.getStackTrace();
    err.println("vnetlint: internal error: " + e.getClass().getName()
        + (where.length > 0 ? " at " + where[0] : "") + " (please report this)");
    return EXIT_INPUT_ERROR;
  }

  /** The subcommands, in the order the usage lists them; a holder class, so that the fast path never builds it. */
  private static final class Subcommands {
    static final Map<String, Supplier<Object>> ALL = subcommands();

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
  }

  /**
   * Only the subcommand being run, when the first word names one: picocli reads every option of every command it
   * is given, which was a good part of a small scan's start-up. Anything else (help, usage, a misspelt command
   * that needs the list for "did you mean") gets them all.
   */
  private static void addSubcommands(CommandLine cli, String first) {
    if (Subcommands.ALL.containsKey(first) && !first.equals("help")) {
      cli.addSubcommand(Subcommands.ALL.get(first).get());
      return;
    }
    Subcommands.ALL.values().forEach(command -> cli.addSubcommand(command.get()));
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
