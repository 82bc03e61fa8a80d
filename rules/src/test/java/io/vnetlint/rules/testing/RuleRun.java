package io.vnetlint.rules.testing;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.rules.Analyzer;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Rule;
import java.util.List;

/** Runs one rule over hand-built resources. */
public record RuleRun(List<Finding> findings, List<Diagnostic> notChecked) {

  public static RuleRun of(Rule rule, List<AzureResource> resources) {
    Analyzer.Result result = new Analyzer(List.of(rule)).run(ResourceGraph.of(resources));
    for (Diagnostic d : result.diagnostics()) {
      if (d.kind() == Diagnostic.Kind.ERROR) {
        throw new AssertionError("rule failed: " + d.message());
      }
    }
    return new RuleRun(result.findings(),
        result.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.NOT_CHECKED).toList());
  }

  public static RuleRun of(Rule rule, FakeResources fake) {
    return of(rule, fake.all());
  }

  /** The primary lines of the findings, in order. */
  public List<Integer> lines() {
    return findings.stream().map(f -> f.primary().range().startLine()).toList();
  }
}
