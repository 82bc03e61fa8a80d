package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** {@code condition ? trueResult : falseResult}. */
public record ConditionalExpr(
    Expression condition, Expression trueResult, Expression falseResult, SourceRange range) implements Expression {}
