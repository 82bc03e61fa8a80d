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
import io.vnetlint.model.change.Change;
import io.vnetlint.model.change.ChangeSet;
import io.vnetlint.model.change.Move;
import io.vnetlint.model.change.ResourceMatching;
import io.vnetlint.rules.Analyzer;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The whole pipeline: front ends → one resource graph → rules. With a baseline, the same front ends read the
 * baseline's files too, its graph is matched with the scanned one by identity, and the change rules see the pairs
 * (together with the changes a Terraform plan describes itself).
 */
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
    return scan(input, null, null);
  }

  /**
   * Scans {@code input} and compares it with {@code baseline} (the same relative paths in another directory),
   * named {@code baselineName} in messages; without a baseline only plan changes reach the change rules.
   */
  public ScanResult scan(ScanInput input, ScanInput baseline, String baselineName) {
    Path root = input.root();
    Loaded head = load(input);
    List<Diagnostic> diagnostics = new ArrayList<>(head.diagnostics);
    ResourceGraph graph = ResourceGraph.of(head.resources);
    ChangeSet changes = new ChangeSet(head.planned);
    if (baseline != null) {
      Loaded before = load(baseline);
      long problems = before.diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).count();
      if (problems > 0) {
        // the baseline's files are not part of the scan: one note, not their diagnostics
        diagnostics.add(Diagnostic.warning("baseline", "the baseline " + baselineName + " has " + problems
            + " problem(s) reading its files; resources it could not read are not compared",
            SourceRange.fileStart(".")));
      }
      // a plan says exactly what happens to its resources; the comparison covers the others
      changes = changes.plus(ResourceMatching.compare(ResourceGraph.of(before.resources), graph, head.moves,
          baselineName).changes());
    }
    SourceCache sources = new SourceCache(root);
    // the texts confirm each proposed fix: it edits exactly the literal the rule believes is written there
    Analyzer.Result analysis = new Analyzer(rules).run(graph, changes, sources::get);
    diagnostics.addAll(analysis.diagnostics());
    diagnostics.sort(Comparator
        .comparing((Diagnostic d) -> d.range().file())
        .thenComparingInt(d -> d.range().startLine())
        .thenComparingInt(d -> d.range().startColumn())
        .thenComparing(Diagnostic::message));
    return new ScanResult(graph, withoutSecretEdits(analysis.findings(), head.sensitive), dedupe(diagnostics),
        List.copyOf(head.filesRead), head.sensitive, sources);
  }

  /** What the front ends read from one input. */
  private record Loaded(
      List<AzureResource> resources,
      List<Diagnostic> diagnostics,
      TreeSet<String> filesRead,
      List<SourceRange> sensitive,
      List<Change> planned,
      List<Move> moves) {}

  private Loaded load(ScanInput input) {
    List<AzureResource> resources = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    TreeSet<String> filesRead = new TreeSet<>();
    List<SourceRange> sensitive = new ArrayList<>();
    List<Change> planned = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    for (FrontEnd frontEnd : frontEnds) {
      FrontEnd.Result result;
      try {
        result = frontEnd.load(input);
      } catch (RuntimeException | StackOverflowError e) {
        // Front ends report bad input as diagnostics; this is a bug, reported without a stack trace.
        diagnostics.add(Diagnostic.error("internal-error",
            "internal error in the " + frontEnd.name() + " front end: " + e.getClass().getName()
                + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
                + " (please report this; the message is left out, it may quote a secret)",
            SourceRange.fileStart(".")));
        continue;
      }
      resources.addAll(result.resources());
      diagnostics.addAll(result.diagnostics());
      filesRead.addAll(result.filesRead());
      sensitive.addAll(result.sensitiveRanges());
      planned.addAll(result.plannedChanges());
      moves.addAll(result.moves());
    }
    return new Loaded(resources, diagnostics, filesRead, sensitive, planned, moves);
  }

  /**
   * Rules fix flags and SKUs, never keys; should a fix ever touch a range that holds a secret, it is dropped, so
   * no output shows a secret in the "before" or "after" of an edit.
   */
  static List<Finding> withoutSecretEdits(List<Finding> findings, List<SourceRange> sensitive) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      List<Fix> safe = f.fixes().stream()
          .filter(fix -> fix.replacements().stream().noneMatch(r -> touchesAny(r.deleted(), sensitive)))
          .toList();
      out.add(safe.size() == f.fixes().size() ? f : new Finding(f.rule(), f.level(), f.message(), f.primary(),
          f.related(), f.identity(), f.origin(), safe));
    }
    return out;
  }

  /** Whether the edit shares a line with a sensitive range (lines, not columns: a one-line JSON holds both). */
  private static boolean touchesAny(SourceRange edit, List<SourceRange> sensitive) {
    for (SourceRange s : sensitive) {
      if (s.file().equals(edit.file()) && s.startLine() <= edit.endLine() && edit.startLine() <= s.endLine()) {
        return true;
      }
    }
    return false;
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
