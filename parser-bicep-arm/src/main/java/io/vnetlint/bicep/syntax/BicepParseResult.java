package io.vnetlint.bicep.syntax;

import io.vnetlint.model.Diagnostic;
import java.util.List;

/**
 * The tree of one file and the syntax errors found while building it (kind ERROR, code "bicep-syntax"). The tree
 * is always present: statements that could not be parsed become {@link Statement.ErrorStatement} and missing
 * expressions {@link Expr.Missing}, so one bad line does not hide the rest of the file.
 */
public record BicepParseResult(Program program, List<Diagnostic> diagnostics) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
  }
}
