package io.vnetlint.bicep.syntax;

import io.vnetlint.model.Diagnostic;
import java.util.List;

/**
 * The tree of one file and the syntax errors found while building it (kind ERROR, code "bicep-syntax"). The tree
 * is always present: a statement that could not be parsed becomes a {@link Statement.ErrorStatement} (the parser
 * skips to the next line), an object or array item that could not be parsed is left out (the parser skips to the
 * next line, comma or closing bracket), so one bad line does not hide the rest of the file. Nesting deeper than
 * {@code Limits.MAX_NESTING} is one error and ends the parse (the statements before it are kept).
 */
public record BicepParseResult(Program program, List<Diagnostic> diagnostics) {
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
  }
}
