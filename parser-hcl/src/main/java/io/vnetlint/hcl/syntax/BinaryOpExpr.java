package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** {@code lhs op rhs}. */
public record BinaryOpExpr(Expression lhs, BinaryOperator op, Expression rhs, SourceRange range)
    implements Expression {}
