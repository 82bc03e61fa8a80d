package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** {@code -x}, {@code !x}. */
public record UnaryOpExpr(UnaryOperator op, Expression val, SourceRange symbolRange, SourceRange range)
    implements Expression {}
