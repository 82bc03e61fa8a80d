package io.vnetlint.hcl.syntax;

import io.vnetlint.model.Diagnostic;
import java.util.List;

/**
 * What {@link HclParser#parse} returns: the syntax tree (always present, possibly partial when there are errors)
 * and the syntax diagnostics (kind ERROR, code {@value HclParser#DIAGNOSTIC_CODE}), in source order.
 */
public record HclParseResult(ConfigFile file, List<Diagnostic> diagnostics) {
  public HclParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
  }
}
