package io.vnetlint.hcl.syntax;

import io.vnetlint.model.Diagnostic;
import java.util.List;

/** What {@link HclParser#parseExpression} returns: one expression (never null) and the syntax diagnostics. */
public record HclExpressionResult(Expression expression, List<Diagnostic> diagnostics) {
  public HclExpressionResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
  }
}
