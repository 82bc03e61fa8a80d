package io.vnetlint.cli.graph;

import io.vnetlint.cli.PlainArguments;
import io.vnetlint.cli.PlainArguments.NotPlain;
import io.vnetlint.cli.PlainArguments.Option;
import io.vnetlint.cli.PlainArguments.Parsed;
import java.util.List;
import java.util.Optional;

/**
 * {@code vnetlint graph}'s arguments read without picocli when they are plain (start-up time, see
 * {@link PlainArguments}): the same {@link GraphCommand} fields picocli would set from its annotations. The option
 * names, kinds and defaults here repeat GraphCommand's annotations; GraphArgumentsTest checks them against picocli.
 */
public final class GraphArguments {
  static final List<Option> OPTIONS = List.of(
      PlainArguments.value("-f", "--format"),
      PlainArguments.value("-o", "--output"),
      PlainArguments.values("-p", "--parameters"),
      PlainArguments.values("--var-file"),
      PlainArguments.keyValues("--var"),
      PlainArguments.flag("--allow-outside-root"),
      PlainArguments.value("--config"),
      PlainArguments.flag("--no-config"),
      PlainArguments.value("--root"));

  private GraphArguments() {
  }

  /** The command for the words after {@code graph}, or empty when picocli must read them. */
  public static Optional<GraphCommand> parse(List<String> words) {
    try {
      return Optional.of(command(PlainArguments.parse(OPTIONS, words)));
    } catch (NotPlain e) {
      return Optional.empty();
    }
  }

  private static GraphCommand command(Parsed parsed) throws NotPlain {
    GraphCommand command = new GraphCommand();
    command.paths.addAll(PlainArguments.paths(parsed.positionals()));
    command.format = GraphCommand.Format.mermaid; // defaultValue
    if (parsed.value("--format") != null) {
      command.format = PlainArguments.enumValue(GraphCommand.Format.class, parsed.value("--format"));
    }
    command.output = PlainArguments.path(parsed.value("--output"));
    command.parameterFiles.addAll(PlainArguments.paths(parsed.values("--parameters")));
    command.varFiles.addAll(PlainArguments.paths(parsed.values("--var-file")));
    command.vars.putAll(parsed.keyValues("--var"));
    command.allowOutsideRoot = parsed.flag("--allow-outside-root");
    command.configFile = PlainArguments.path(parsed.value("--config"));
    command.noConfig = parsed.flag("--no-config");
    command.root = PlainArguments.path(parsed.value("--root"));
    return command;
  }
}
