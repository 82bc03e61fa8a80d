package io.vnetlint.cli;

import io.vnetlint.cli.PlainArguments.NotPlain;
import io.vnetlint.cli.PlainArguments.Option;
import io.vnetlint.cli.PlainArguments.Parsed;
import java.util.List;
import java.util.Optional;

/**
 * {@code vnetlint scan}'s arguments read without picocli when they are plain (start-up time, see
 * {@link PlainArguments}): the same {@link ScanCommand} fields picocli would set from its annotations. The option
 * names, kinds and defaults here repeat ScanCommand's annotations; ScanArgumentsTest checks them against picocli.
 */
final class ScanArguments {
  static final List<Option> OPTIONS = List.of(
      PlainArguments.value("-f", "--format"),
      PlainArguments.value("-o", "--output"),
      PlainArguments.value("--fail-on"),
      PlainArguments.value("--config"),
      PlainArguments.flag("--no-config"),
      PlainArguments.value("--baseline"),
      PlainArguments.value("--write-baseline"),
      PlainArguments.flag("-q", "--quiet"),
      PlainArguments.values("-p", "--parameters"),
      PlainArguments.values("--var-file"),
      PlainArguments.keyValues("--var"),
      PlainArguments.flag("--allow-outside-root"),
      PlainArguments.value("--root"),
      PlainArguments.value("--color"),
      PlainArguments.flag("-v", "--verbose"),
      PlainArguments.value("--base"));

  private ScanArguments() {
  }

  /** The command for the words after {@code scan}, or empty when picocli must read them. */
  static Optional<ScanCommand> parse(List<String> words) {
    try {
      return Optional.of(command(PlainArguments.parse(OPTIONS, words)));
    } catch (NotPlain e) {
      return Optional.empty();
    }
  }

  private static ScanCommand command(Parsed parsed) throws NotPlain {
    ScanCommand command = new ScanCommand();
    command.paths.addAll(PlainArguments.paths(parsed.positionals()));
    command.format = ScanCommand.Format.text; // defaultValue
    if (parsed.value("--format") != null) {
      command.format = PlainArguments.enumValue(ScanCommand.Format.class, parsed.value("--format"));
    }
    command.output = PlainArguments.path(parsed.value("--output"));
    if (parsed.value("--fail-on") != null) {
      command.failOn = PlainArguments.enumValue(ScanCommand.FailOn.class, parsed.value("--fail-on"));
    }
    command.configFile = PlainArguments.path(parsed.value("--config"));
    command.noConfig = parsed.flag("--no-config");
    command.baselineFile = PlainArguments.path(parsed.value("--baseline"));
    command.writeBaselineFile = PlainArguments.path(parsed.value("--write-baseline"));
    command.quiet = parsed.flag("--quiet");
    command.parameterFiles.addAll(PlainArguments.paths(parsed.values("--parameters")));
    command.varFiles.addAll(PlainArguments.paths(parsed.values("--var-file")));
    command.vars.putAll(parsed.keyValues("--var"));
    command.allowOutsideRoot = parsed.flag("--allow-outside-root");
    command.root = PlainArguments.path(parsed.value("--root"));
    command.color = ScanCommand.ColorMode.auto; // defaultValue
    if (parsed.value("--color") != null) {
      command.color = PlainArguments.enumValue(ScanCommand.ColorMode.class, parsed.value("--color"));
    }
    command.verbose = parsed.flag("--verbose");
    command.base = parsed.value("--base");
    return command;
  }
}
