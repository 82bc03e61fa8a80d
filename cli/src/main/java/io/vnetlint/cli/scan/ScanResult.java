package io.vnetlint.cli.scan;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.Finding;
import java.util.List;

/**
 * Everything one scan produced.
 *
 * @param filesScanned files some front end took
 * @param sensitiveRanges source ranges that hold secrets: outputs never show them
 */
public record ScanResult(
    ResourceGraph graph,
    List<Finding> findings,
    List<Diagnostic> diagnostics,
    List<String> filesScanned,
    List<SourceRange> sensitiveRanges,
    SourceCache sources) {

  public ScanResult {
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    filesScanned = List.copyOf(filesScanned);
    sensitiveRanges = List.copyOf(sensitiveRanges);
  }

  public boolean hasInputErrors() {
    return diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
  }

  public long notCheckedCount() {
    return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.NOT_CHECKED).count();
  }
}
