package io.vnetlint.cli;

import io.vnetlint.cli.config.Config;
import io.vnetlint.cli.controls.FindingsBaseline;
import io.vnetlint.cli.controls.Triage;
import io.vnetlint.cli.output.GithubReporter;
import io.vnetlint.cli.output.JsonReporter;
import io.vnetlint.cli.output.Progress;
import io.vnetlint.cli.output.RepositoryRoot;
import io.vnetlint.cli.output.Style;
import io.vnetlint.cli.output.TextReporter;
import io.vnetlint.cli.scan.Baseline;
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
import java.io.PrintWriter;
import java.io.Writer;
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
final class ScanCommand implements Callable<Integer>, DirectCommand {
  enum Format { text, sarif, json, github }

  enum FailOn { error, warning, note, never }

  enum ColorMode { auto, always, never }

  /**
   * System property set by the launcher on the run that writes its AppCDS archive: also render the formats not
   * asked for (into nothing), so that their classes are archived too.
   */
  static final String CDS_TRAINING = "vnetlint.cds.training";

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

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit with 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} "
          + "(default: the configuration file's fail-on, else error).")
  FailOn failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read this configuration file instead of the .vnetlint.yaml found in the scan root or its "
          + "parents.")
  Path configFile;

  @Option(names = "--no-config", description = "Ignore configuration files.")
  boolean noConfig;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Compare with a findings baseline: findings recorded in it are reported as unchanged and do "
          + "not count for the exit code.")
  Path baselineFile;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record the current findings (all but suppressed ones) as a baseline in FILE.")
  Path writeBaselineFile;

  @Option(names = {"-q", "--quiet"},
      description = "Print only the summary line, and only when there are findings or errors; no warnings.")
  boolean quiet;

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

  @Option(names = {"-v", "--verbose"}, description = "Also list the checks skipped because values are unknown, and every warning (without it, "
          + "after " + WARNINGS_SHOWN_PER_KIND + " warnings of one kind the rest are counted).")
  boolean verbose;

  @Option(names = "--base", paramLabel = "REF|DIR",
      description = "Compare with a baseline and report changes that recreate a gateway (VNL801-VNL805): a git "
          + "revision of the repository around the scan root (read with local git commands, the working tree is not "
          + "touched), or a directory holding the same relative paths. In a pull request: "
          + "--base $${{ github.event.pull_request.base.sha }}.")
  String base;

  @Override
  public Integer call() throws IOException {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs the scan; picocli's {@link #call()} and {@link ScanArguments}' fast path (no picocli) both end here. */
  @Override
  public int run(PrintWriter stdout, PrintWriter err) throws IOException {
    if (paths.isEmpty()) {
      paths.add(Path.of("."));
    }
    Path scanRoot = CommandInputs.chooseRoot(root, paths, err);
    if (scanRoot == null) {
      return Main.EXIT_INPUT_ERROR;
    }
    Config config = CommandInputs.loadConfig(noConfig, configFile, paths, scanRoot, err);
    if (config == null) {
      return Main.EXIT_INPUT_ERROR;
    }
    FindingsBaseline findingsBaseline = null;
    if (baselineFile != null) {
      try {
        findingsBaseline = FindingsBaseline.read(baselineFile);
      } catch (IOException e) {
        err.println("vnetlint: --baseline " + (e instanceof java.nio.file.NoSuchFileException
            ? baselineFile + ": no such file" : e.getMessage()));
        return Main.EXIT_INPUT_ERROR;
      }
    }
    FileDiscovery.Discovered found = ConfigSettings.exclude(new FileDiscovery(scanRoot).discover(paths), scanRoot,
        config);
    if (failOn == null) {
      failOn = config.failOn() == null ? FailOn.error : FailOn.valueOf(config.failOn());
    }
    if (varFiles.isEmpty()) {
      varFiles = new ArrayList<>(config.varFiles());
    }
    java.util.Map<String, String> configVars = new java.util.LinkedHashMap<>(config.vars());
    configVars.putAll(vars);
    vars = configVars;
    List<Path> parameters = new ArrayList<>();
    boolean usageProblem = !found.problems().isEmpty();
    for (String problem : found.problems()) {
      err.println("vnetlint: " + problem);
    }
    usageProblem |= !CommandInputs.filesInsideRoot(parameterFiles, scanRoot, "parameter file", parameters, err);
    List<Path> terraformVarFiles = new ArrayList<>();
    usageProblem |= !CommandInputs.filesInsideRoot(varFiles, scanRoot, "variable file", terraformVarFiles, err);
    // --parameters replaces the configuration's per-template parameter files.
    java.util.Map<Path, List<Path>> templateParameters = new java.util.LinkedHashMap<>();
    if (parameterFiles.isEmpty()) {
      usageProblem |= !ConfigSettings.templateParameters(config, scanRoot, templateParameters, err);
    }
    List<Path> files = CommandInputs.withParameterFiles(found.files(), parameters, templateParameters);

    List<Rule> rules = RuleCatalog.all().stream().filter(r -> config.runs(r.metadata().id())).toList();
    ScanInput.TerraformInputs terraformInputs =
        new ScanInput.TerraformInputs(terraformVarFiles, vars, System.getenv(), allowOutsideRoot);
    ScanInput input = new ScanInput(scanRoot, files, found.explicitFiles(), parameters, terraformInputs,
        templateParameters);
    ScanResult scanned;
    if (base == null) {
      try (Progress progress = Progress.start(err, !quiet && System.console() != null,
          "scanning " + files.size() + " file" + (files.size() == 1 ? "" : "s"))) {
        scanned = new Scanner(Scanner.defaultFrontEnds(), rules).scan(input);
      }
    } else {
      List<Path> relativePaths = new ArrayList<>();
      for (Path p : paths) {
        try {
          relativePaths.add(scanRoot.relativize(p.toRealPath()));
        } catch (IOException e) {
          // reported by discovery already
        }
      }
      Baseline baseline;
      try {
        baseline = Baseline.open(base, scanRoot, relativePaths);
      } catch (Baseline.BaselineException e) {
        err.println("vnetlint: " + e.getMessage());
        return Main.EXIT_INPUT_ERROR;
      }
      try (baseline; Progress progress = Progress.start(err, !quiet && System.console() != null,
          "scanning " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " and the baseline " + base)) {
        scanned = new Scanner(Scanner.defaultFrontEnds(), rules)
            .scan(input, baselineInput(baseline.root(), relativePaths, parameters, terraformInputs,
                templateParameters), baseline.name());
      }
    }
    scanned = ConfigSettings.applyLevels(scanned, config);

    // Suppressions and the baseline: every finding stays in the result, with a status.
    java.util.Set<String> rulesRun = new java.util.HashSet<>();
    rules.forEach(r -> rulesRun.add(r.metadata().id()));
    Triage.Outcome controls = Triage.apply(scanned, rulesRun, findingsBaseline);
    if (writeBaselineFile != null) {
      List<Finding> recorded = new ArrayList<>(controls.withStatus(Triage.Status.ACTIVE));
      recorded.addAll(controls.withStatus(Triage.Status.BASELINED));
      FindingsBaseline written = FindingsBaseline.of(recorded);
      written.write(writeBaselineFile);
      if (!quiet) {
        err.println("vnetlint: wrote " + written.entries().size() + " finding" + (written.entries().size() == 1
            ? "" : "s") + " to the baseline " + writeBaselineFile);
      }
      controls = Triage.apply(scanned, rulesRun, written); // this run's findings are the baseline now
    }
    List<Diagnostic> diagnostics = new ArrayList<>(scanned.diagnostics());
    diagnostics.addAll(controls.diagnostics());
    diagnostics.sort(java.util.Comparator.comparing((Diagnostic d) -> d.range().file())
        .thenComparingInt(d -> d.range().startLine()).thenComparingInt(d -> d.range().startColumn()));
    ScanResult result = new ScanResult(scanned.graph(), scanned.findings(), diagnostics, scanned.filesScanned(),
        scanned.sensitiveRanges(), scanned.sources());
    ScanResult active = new ScanResult(result.graph(), controls.withStatus(Triage.Status.ACTIVE), diagnostics,
        result.filesScanned(), result.sensitiveRanges(), result.sources());

    printDiagnostics(result.diagnostics(), err);

    int exit = exitCode(active, usageProblem);
    String githubWorkspace = System.getenv("GITHUB_WORKSPACE");
    Report report = new Report(result, active, controls, exit, rules, scanRoot, githubWorkspace);
    try (Writer out = CommandInputs.openOutput(output, stdout)) {
      write(format, report, out);
    }
    if (Boolean.getBoolean(CDS_TRAINING)) {
      // The launcher's first scan records the classes it loads into its AppCDS archive (see ./vnetlint): render the
      // other formats too, into nothing, so that a later scan with another --format also starts from the archive.
      for (Format other : Format.values()) {
        if (other != format) {
          try {
            write(other, report, Writer.nullWriter());
          } catch (IOException | RuntimeException e) {
            // training only: the real report is written already
          }
        }
      }
    }
    return exit;
  }

  /** How many warnings of one kind the terminal shows before it counts the rest (--verbose shows them all). */
  static final int WARNINGS_SHOWN_PER_KIND = 3;

  /**
   * Input errors, always; warnings unless --quiet. A repository of registry modules that were never downloaded
   * gives one warning per module call: after a few of one kind the rest are counted, not printed (the reports keep
   * them all).
   */
  private void printDiagnostics(List<Diagnostic> diagnostics, PrintWriter err) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    java.util.Map<String, Integer> hidden = new java.util.TreeMap<>();
    for (Diagnostic d : diagnostics) {
      if (d.kind() == Diagnostic.Kind.ERROR) {
        err.println(d.range().where() + ": error: " + d.message());
      } else if (d.kind() == Diagnostic.Kind.WARNING && !quiet) {
        if (verbose || seen.merge(d.code(), 1, Integer::sum) <= WARNINGS_SHOWN_PER_KIND) {
          err.println(d.range().where() + ": warning: " + d.message());
        } else {
          hidden.merge(d.code(), 1, Integer::sum);
        }
      }
    }
    hidden.forEach((code, count) -> err.println("vnetlint: " + count + " more warning" + (count == 1 ? "" : "s")
        + " like these (" + code + "); --verbose shows them all"));
    err.flush();
  }

  /** What every output format is written from. */
  private record Report(ScanResult result, ScanResult active, Triage.Outcome controls, int exit, List<Rule> rules,
      Path scanRoot, String githubWorkspace) {}

  private void write(Format to, Report report, Writer out) throws IOException {
    ScanResult result = report.result();
    switch (to) {
      case text -> new TextReporter(style(), verbose, quiet, report.controls())
          .report(report.active(), new PrintWriter(out));
      case json -> new JsonReporter().report(result, report.controls(), report.exit(), out);
      case github -> new GithubReporter(RepositoryRoot.prefixOf(report.scanRoot(), report.githubWorkspace()))
          .report(report.active(), new PrintWriter(out));
      case sarif -> SarifWriter.write(new SarifInput(
          Version.VALUE,
          report.rules().stream().map(Rule::metadata).toList(),
          result.findings(),
          result.diagnostics(),
          report.exit(),
          true,
          // SARIF names files relative to the repository root, like GitHub code scanning; %SRCROOT% points there.
          RepositoryRoot.of(report.scanRoot(), report.githubWorkspace()).toUri(),
          "vnetlint/",
          path -> result.sources().get(path).map(SourceText::text),
          report.controls().sarifStatuses(),
          RepositoryRoot.prefixOf(report.scanRoot(), report.githubWorkspace())), out);
    }
  }

  /**
   * The baseline's input: the same relative paths, parameter files and variable files, as far as they exist there
   * (a file added since the baseline has no counterpart).
   */
  private static ScanInput baselineInput(Path baseRoot, List<Path> relativePaths, List<Path> parameters,
      ScanInput.TerraformInputs terraform, java.util.Map<Path, List<Path>> templateParameters) throws IOException {
    List<Path> existing = new ArrayList<>();
    for (Path p : relativePaths) {
      Path inBase = baseRoot.resolve(p).normalize();
      if (inBase.startsWith(baseRoot) && Files.exists(inBase)) {
        existing.add(inBase);
      }
    }
    FileDiscovery.Discovered found = new FileDiscovery(baseRoot).discover(existing);
    List<Path> files = new ArrayList<>(found.files());
    List<Path> baseParameters = new ArrayList<>();
    for (Path p : parameters) {
      if (Files.isRegularFile(baseRoot.resolve(p))) {
        baseParameters.add(p);
        if (!files.contains(p)) {
          files.add(p);
        }
      }
    }
    List<Path> varFiles = new ArrayList<>();
    for (Path p : terraform.varFiles()) {
      if (Files.isRegularFile(baseRoot.resolve(p))) {
        varFiles.add(p);
      }
    }
    java.util.Map<Path, List<Path>> baseTemplateParameters = new java.util.LinkedHashMap<>();
    templateParameters.forEach((template, list) -> {
      List<Path> present = list.stream().filter(p -> Files.isRegularFile(baseRoot.resolve(p))).toList();
      if (Files.isRegularFile(baseRoot.resolve(template)) && !present.isEmpty()) {
        baseTemplateParameters.put(template, present);
        present.stream().filter(p -> !files.contains(p)).forEach(files::add);
      }
    });
    return new ScanInput(baseRoot, files, found.explicitFiles(), baseParameters, new ScanInput.TerraformInputs(
        varFiles, terraform.vars(), terraform.environment(), terraform.allowOutsideRoot()), baseTemplateParameters);
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
}
