package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** {@code (expression)}: kept so ranges include the parentheses, as in hclsyntax. */
public record ParenthesesExpr(Expression expression, SourceRange range) implements Expression {}
