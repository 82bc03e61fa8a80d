package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * A placeholder where an expression could not be parsed; a diagnostic was reported for it. Evaluators treat it as
 * an unknown value.
 */
public record ExprSyntaxError(SourceRange range) implements Expression {}
