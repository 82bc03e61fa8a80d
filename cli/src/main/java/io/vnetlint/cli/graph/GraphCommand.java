package io.vnetlint.cli.graph;

import io.vnetlint.cli.CommandInputs;
import io.vnetlint.cli.ConfigSettings;
import io.vnetlint.cli.DirectCommand;
import io.vnetlint.cli.Version;
import io.vnetlint.cli.config.Config;
import io.vnetlint.cli.controls.Triage;
import io.vnetlint.cli.scan.FileDiscovery;
import io.vnetlint.cli.scan.ScanResult;
import io.vnetlint.cli.scan.Scanner;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ScanInput;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Rule;
import io.vnetlint.rules.RuleCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vnetlint graph}: the scanned topology as a picture, coloured by findings, with a reachability table. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Draw the topology of the scanned files, coloured by findings, with a reachability table.",
        "",
        "Virtual networks, peerings, gateways, connections, local network gateways and ExpressRoute circuits, "
            + "coloured by findings (red: errors, amber: warnings), and a table of which networks and sites reach "
            + "which and through what (docs/topology.md explains the model)."},
    footer = {
        "",
        "Formats: mermaid (Markdown with a Mermaid flowchart and the reachability table; GitHub renders it), dot "
            + "(Graphviz: dot -Tsvg), json.",
        "Exit codes: 0 drawn; 2 usage error or a file that could not be read (the graph of the rest is still drawn)."
    })
public final class GraphCommand implements Callable<Integer>, DirectCommand {
  /** Exit code for usage errors and unreadable input, as for scan. */
  private static final int EXIT_INPUT_ERROR = 2;

  enum Format { mermaid, dot, json }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to scan (default: the current directory).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "mermaid",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Option(names = {"-p", "--parameters"}, paramLabel = "FILE",
      description = "ARM parameter file to use for every template (repeatable), as for scan.")
  List<Path> parameterFiles = new ArrayList<>();

  @Option(names = "--var-file", paramLabel = "FILE", description = "Terraform variable file (repeatable), as for scan.")
  List<Path> varFiles = new ArrayList<>();

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "Terraform variable value (repeatable), as for scan.")
  Map<String, String> vars = new LinkedHashMap<>();

  @Option(names = "--allow-outside-root",
      description = "Follow Terraform local module sources that leave the scan root (refused by default).")
  boolean allowOutsideRoot;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read this configuration file instead of the .vnetlint.yaml found from the paths, as for scan.")
  Path configFile;

  @Option(names = "--no-config", description = "Ignore configuration files.")
  boolean noConfig;

  @Option(names = "--root", paramLabel = "DIR",
      description = "The scan root, as for scan (default: the current directory, or the single PATH when it lies "
          + "outside it).")
  Path root;

  @Override
  public Integer call() throws IOException {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Draws the graph; picocli's {@link #call()} and {@link GraphArguments}' fast path (no picocli) both end here. */
  @Override
  public int run(PrintWriter stdout, PrintWriter err) throws IOException {
    if (paths.isEmpty()) {
      paths.add(Path.of("."));
    }
    Path scanRoot = CommandInputs.chooseRoot(root, paths, err);
    if (scanRoot == null) {
      return EXIT_INPUT_ERROR;
    }
    Config config = CommandInputs.loadConfig(noConfig, configFile, paths, scanRoot, err);
    if (config == null) {
      return EXIT_INPUT_ERROR;
    }
    FileDiscovery.Discovered found =
        ConfigSettings.exclude(new FileDiscovery(scanRoot).discover(paths), scanRoot, config);
    boolean usageProblem = !found.problems().isEmpty();
    for (String problem : found.problems()) {
      err.println("vnetlint: " + problem);
    }
    List<Path> parameters = new ArrayList<>();
    usageProblem |= !CommandInputs.filesInsideRoot(parameterFiles, scanRoot, "parameter file", parameters, err);
    List<Path> terraformVarFiles = new ArrayList<>();
    usageProblem |= !CommandInputs.filesInsideRoot(varFiles.isEmpty() ? config.varFiles() : varFiles, scanRoot,
        "variable file", terraformVarFiles, err);
    Map<String, String> allVars = new LinkedHashMap<>(config.vars());
    allVars.putAll(vars);
    // --parameters replaces the configuration's per-template parameter files.
    Map<Path, List<Path>> templateParameters = new LinkedHashMap<>();
    if (parameterFiles.isEmpty()) {
      usageProblem |= !ConfigSettings.templateParameters(config, scanRoot, templateParameters, err);
    }
    List<Path> files = CommandInputs.withParameterFiles(found.files(), parameters, templateParameters);
    List<Rule> rules = RuleCatalog.all().stream().filter(r -> config.runs(r.metadata().id())).toList();
    ScanResult result = new Scanner(Scanner.defaultFrontEnds(), rules)
        .scan(new ScanInput(scanRoot, files, found.explicitFiles(), parameters,
            new ScanInput.TerraformInputs(terraformVarFiles, allVars, System.getenv(), allowOutsideRoot),
            templateParameters));
    result = ConfigSettings.applyLevels(result, config);
    for (Diagnostic d : result.diagnostics()) {
      if (d.kind() == Diagnostic.Kind.ERROR) {
        err.println(d.range().where() + ": error: " + d.message());
      }
    }
    err.flush();
    // Colour by the findings scan reports: suppressed ones (vnetlint:ignore with a reason) do not count.
    Set<String> rulesRun = new HashSet<>();
    rules.forEach(r -> rulesRun.add(r.metadata().id()));
    List<Finding> active = Triage.apply(result, rulesRun, null).withStatus(Triage.Status.ACTIVE);

    Topology topology = new TopologyBuilder(result.graph(), active, result.sensitiveRanges()).build();
    try (Writer out = CommandInputs.openOutput(output, stdout)) {
      PrintWriter printer = new PrintWriter(out);
      switch (format) {
        case mermaid -> {
          int size = new MermaidRenderer().render(topology, printer);
          if (size > MermaidRenderer.MERMAID_MAX_TEXT) {
            err.println("vnetlint: the Mermaid diagram has " + size + " characters; Mermaid and GitHub render at most "
                + MermaidRenderer.MERMAID_MAX_TEXT + ": graph fewer files, or use --format dot");
          }
        }
        case dot -> new DotRenderer().render(topology, printer);
        case json -> new JsonGraphRenderer().render(topology, out);
      }
      printer.flush();
    }
    return usageProblem || result.hasInputErrors() ? EXIT_INPUT_ERROR : 0;
  }
}
