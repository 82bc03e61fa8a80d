package io.vnetlint.cli;

import io.vnetlint.cli.config.ConfigLoader;
import io.vnetlint.cli.config.StarterConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vnetlint init}: writes a commented starter {@code .vnetlint.yaml}. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Write a commented starter .vnetlint.yaml into DIR (default: the current directory).")
final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to write the file.")
  Path directory = Path.of(".");

  @Option(names = "--force", description = "Overwrite an existing .vnetlint.yaml.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(directory)) {
      err.println("vnetlint: " + directory + " is not a directory");
      return Main.EXIT_INPUT_ERROR;
    }
    Path file = directory.resolve(ConfigLoader.FILE_NAME);
    if (Files.exists(file) && !force) {
      err.println("vnetlint: " + file + " already exists (use --force to overwrite it)");
      return Main.EXIT_INPUT_ERROR;
    }
    Files.writeString(file, StarterConfig.TEXT, StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("wrote " + file);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
