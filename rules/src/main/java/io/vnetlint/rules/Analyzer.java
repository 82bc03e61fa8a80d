package io.vnetlint.rules;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.change.ChangeSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs rules over a graph and collects their findings and "not checked" notes in a deterministic order. */
public final class Analyzer {

  /** What a run produced. */
  public record Result(List<Finding> findings, List<Diagnostic> diagnostics) {
    public Result {
      findings = List.copyOf(findings);
      diagnostics = List.copyOf(diagnostics);
    }

    public long notCheckedCount() {
      return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.NOT_CHECKED).count();
    }
  }

  private final List<Rule> rules;

  public Analyzer(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Runs the rules; findings carry no fixes, since no source text confirms them. */
  public Result run(ResourceGraph graph) {
    return run(graph, ChangeSet.NONE, SourceTexts.NONE);
  }

  /** Runs the rules; the {@link ChangeRule}s also see the changes from a baseline or a plan. */
  public Result run(ResourceGraph graph, ChangeSet changes) {
    return run(graph, changes, SourceTexts.NONE);
  }

  /** Runs the rules; proposed fixes that {@code texts} confirm are kept on the findings. */
  public Result run(ResourceGraph graph, SourceTexts texts) {
    return run(graph, ChangeSet.NONE, texts);
  }

  /**
   * Runs the rules; the {@link ChangeRule}s also see {@code changes}, and proposed fixes that {@code texts} confirm
   * are kept on the findings.
   */
  public Result run(ResourceGraph graph, ChangeSet changes, SourceTexts texts) {
    List<Finding> findings = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Rule rule : rules) {
      Findings sink = new Findings(rule.metadata());
      try {
        rule.check(graph, sink);
        if (rule instanceof ChangeRule changeRule && !changes.isEmpty()) {
          changeRule.check(changes, graph, sink);
        }
      } catch (RuntimeException e) {
        // A bug in one rule must not hide the other rules' findings; it is reported, never swallowed.
        SourceRange where = graph.resources().isEmpty()
            ? SourceRange.fileStart("<scan>")
            : graph.resources().get(0).header().range();
        diagnostics.add(Diagnostic.error(
            "internal-error",
            "internal error in rule " + rule.metadata().id() + ": " + e + " (please report this)",
            where));
        continue;
      }
      findings.addAll(withoutRepeats(sink.results(texts, graph.resources())));
      diagnostics.addAll(sink.notCheckedDiagnostics());
    }
    findings.sort(Finding.ORDER);
    diagnostics.addAll(graph.diagnostics());
    return new Result(findings, diagnostics);
  }

  /**
   * One finding per thing found. A module deployed twice with the same arguments (Azure Verified Modules' tests
   * deploy each module twice, "init" and "idem") declares the same resources twice, and a rule finds the same
   * problem in both: same place, message and identity (so the same fingerprint). The first one stays.
   */
  private static List<Finding> withoutRepeats(List<Finding> found) {
    Set<List<Object>> seen = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : found) {
      if (seen.add(List.of(f.primary().range(), f.messageWithVariant(), f.identity()))) {
        out.add(f);
      }
    }
    return out;
  }
}
