package io.vnetlint.cli;

import io.vnetlint.cli.output.GithubReporter;
import io.vnetlint.cli.output.JsonReporter;
import io.vnetlint.cli.output.RepositoryRoot;
import io.vnetlint.cli.output.Style;
import io.vnetlint.cli.output.TextReporter;
import io.vnetlint.cli.scan.FileDiscovery;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.cli.scan.Scanner;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceText;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import io.vnetlint.sarif.SarifInput;
import io.vnetlint.sarif.SarifWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vnetlint scan}: read files, build the graph, run the rules, report. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Scan files and directories (recursively) for Azure networking code and report problems.",
    footer = {
        "",
        "Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage error or a file that could not be read."
    })
final class ScanCommand implements Callable<Integer> {
  enum Format { text, sarif, json, github }

  enum FailOn { error, warning, note, never }

  enum ColorMode { auto, always, never }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to scan (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit with 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = {"-p", "--parameters"}, paramLabel = "FILE",
      description = "ARM parameter file to use for every template (repeatable); replaces the parameter files "
          + "found next to templates.")
  List<Path> parameterFiles = new ArrayList<>();

  @Option(names = "--var-file", paramLabel = "FILE",
      description = "Terraform variable file, as for terraform plan (repeatable; applied after terraform.tfvars and "
          + "*.auto.tfvars).")
  List<Path> varFiles = new ArrayList<>();

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "Terraform variable value, as for terraform plan (repeatable; applied last).")
  java.util.Map<String, String> vars = new java.util.LinkedHashMap<>();

  @Option(names = "--allow-outside-root",
      description = "Follow Terraform local module sources that leave the scan root (refused by default).")
  boolean allowOutsideRoot;

  @Option(names = "--root", paramLabel = "DIR",
      description = "The scan root: reports name files relative to it and nothing outside it is read "
          + "(default: the current directory, or the single PATH when it lies outside it).")
  Path root;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; NO_COLOR is honoured).")
  ColorMode color;

  @Option(names = {"-v", "--verbose"}, description = "Also list the checks skipped because values are unknown.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (paths.isEmpty()) {
      paths.add(Path.of("."));
    }
    Path scanRoot = chooseRoot();
    if (scanRoot == null) {
      return Main.EXIT_INPUT_ERROR;
    }
    FileDiscovery.Discovered found = new FileDiscovery(scanRoot).discover(paths);
    List<Path> parameters = new ArrayList<>();
    boolean usageProblem = !found.problems().isEmpty();
    for (String problem : found.problems()) {
      err.println("vnetlint: " + problem);
    }
    for (Path p : parameterFiles) {
      Path real = p.toAbsolutePath().normalize();
      if (!Files.isRegularFile(real) || !real.startsWith(scanRoot)) {
        err.println("vnetlint: parameter file " + p + " does not exist or is outside the scan root " + scanRoot);
        usageProblem = true;
        continue;
      }
      parameters.add(scanRoot.relativize(real.toRealPath()));
    }
    List<Path> terraformVarFiles = new ArrayList<>();
    for (Path p : varFiles) {
      Path real = p.toAbsolutePath().normalize();
      if (!Files.isRegularFile(real) || !real.startsWith(scanRoot)) {
        err.println("vnetlint: variable file " + p + " does not exist or is outside the scan root " + scanRoot);
        usageProblem = true;
        continue;
      }
      terraformVarFiles.add(scanRoot.relativize(real.toRealPath()));
    }
    List<Path> files = new ArrayList<>(found.files());
    for (Path p : parameters) {
      if (!files.contains(p)) {
        files.add(p);
      }
    }

    List<Rule> rules = RuleCatalog.all();
    ScanResult result = new Scanner(Scanner.defaultFrontEnds(), rules)
        .scan(new ScanInput(scanRoot, files, found.explicitFiles(), parameters,
            new ScanInput.TerraformInputs(terraformVarFiles, vars, System.getenv(), allowOutsideRoot)));

    for (Diagnostic d : result.diagnostics()) {
      if (d.kind() == Diagnostic.Kind.ERROR) {
        err.println(d.range().where() + ": error: " + d.message());
      } else if (d.kind() == Diagnostic.Kind.WARNING) {
        err.println(d.range().where() + ": warning: " + d.message());
      }
    }
    err.flush();

    int exit = exitCode(result, usageProblem);
    try (Writer out = openOutput()) {
      switch (format) {
        case text -> new TextReporter(style(), verbose).report(result, new PrintWriter(out));
        case json -> new JsonReporter().report(result, exit, out);
        case github -> new GithubReporter(RepositoryRoot.prefixOf(scanRoot, System.getenv("GITHUB_WORKSPACE")))
            .report(result, new PrintWriter(out));
        case sarif -> SarifWriter.write(new SarifInput(
            Version.VALUE,
            rules.stream().map(Rule::metadata).toList(),
            result.findings(),
            result.diagnostics(),
            exit,
            true,
            scanRoot.toUri(),
            "vnetlint/",
            path -> result.sources().get(path).map(SourceText::text)), out);
      }
    }
    return exit;
  }

  private int exitCode(ScanResult result, boolean usageProblem) {
    if (usageProblem || result.hasInputErrors()) {
      return Main.EXIT_INPUT_ERROR;
    }
    if (failOn == FailOn.never) {
      return 0;
    }
    Level threshold = Level.parse(failOn.name());
    for (Finding f : result.findings()) {
      if (f.level().atLeast(threshold)) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * The scan root: --root; else the current directory when every path is inside it; else the single path given
   * (its directory for a file).
   */
  private Path chooseRoot() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (root != null) {
      if (!Files.isDirectory(root)) {
        err.println("vnetlint: --root " + root + " is not a directory");
        return null;
      }
      return root.toRealPath();
    }
    Path cwd = Path.of("").toAbsolutePath().toRealPath();
    boolean allInside = true;
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.startsWith(cwd)) {
        allInside = false;
      }
    }
    if (allInside) {
      return cwd;
    }
    if (paths.size() == 1 && Files.exists(paths.get(0))) {
      Path only = paths.get(0).toRealPath();
      return Files.isDirectory(only) ? only : only.getParent();
    }
    err.println("vnetlint: the paths are not inside the current directory; choose a common --root");
    return null;
  }

  private Style style() {
    if (output != null) {
      return Style.plain();
    }
    return switch (color) {
      case always -> new Style(true);
      case never -> Style.plain();
      case auto -> Style.auto();
    };
  }

  private Writer openOutput() throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          out.write(cbuf, off, len);
        }

        @Override
        public void flush() {
          out.flush();
        }

        @Override
        public void close() {
          out.flush(); // stdout stays open
        }
      };
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
  }
}
