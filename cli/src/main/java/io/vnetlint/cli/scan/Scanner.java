package io.vnetlint.cli.scan;

import io.vnetlint.arm.ArmFrontEnd;
import io.vnetlint.bicep.BicepFrontEnd;
import io.vnetlint.hcl.TerraformFrontEnd;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ScanInput;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.rules.Analyzer;
import io.vnetlint.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The whole pipeline: front ends → one resource graph → rules. */
public final class Scanner {
  private final List<FrontEnd> frontEnds;
  private final List<Rule> rules;

  public Scanner(List<FrontEnd> frontEnds, List<Rule> rules) {
    this.frontEnds = List.copyOf(frontEnds);
    this.rules = List.copyOf(rules);
  }

  /** The front ends vnetlint ships. */
  public static List<FrontEnd> defaultFrontEnds() {
    return List.of(new ArmFrontEnd(), new BicepFrontEnd(), new TerraformFrontEnd());
  }

  public ScanResult scan(ScanInput input) {
    Path root = input.root();
    List<AzureResource> resources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    TreeSet<String> filesRead = new TreeSet<>();
    List<SourceRange> sensitive = new ArrayList<>();
    for (FrontEnd frontEnd : frontEnds) {
      FrontEnd.Result result;
      try {
        result = frontEnd.load(input);
      } catch (RuntimeException | StackOverflowError e) {
        // Front ends report bad input as diagnostics; this is a bug, reported without a stack trace.
        diagnostics.add(Diagnostic.error("internal-error",
            "internal error in the " + frontEnd.name() + " front end: " + e + " (please report this)",
            SourceRange.fileStart(".")));
        continue;
      }
      resources.addAll(result.resources());
      diagnostics.addAll(result.diagnostics());
      filesRead.addAll(result.filesRead());
      sensitive.addAll(result.sensitiveRanges());
    }
    ResourceGraph graph = ResourceGraph.of(resources);
    Analyzer.Result analysis = new Analyzer(rules).run(graph);
    diagnostics.addAll(analysis.diagnostics());
    diagnostics.sort(Comparator
        .comparing((Diagnostic d) -> d.range().file())
        .thenComparingInt(d -> d.range().startLine())
        .thenComparingInt(d -> d.range().startColumn())
        .thenComparing(Diagnostic::message));
    return new ScanResult(
        graph, analysis.findings(), dedupe(diagnostics), List.copyOf(filesRead), sensitive, new SourceCache(root));
  }

  private static List<Diagnostic> dedupe(List<Diagnostic> sorted) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(d)) {
        out.add(d);
      }
    }
    return out;
  }
}
