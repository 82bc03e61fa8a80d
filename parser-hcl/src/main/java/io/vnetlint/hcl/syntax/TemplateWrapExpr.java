package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * A template that is exactly one interpolation, {@code "${expr}"}: it evaluates to the wrapped expression's value
 * unchanged (not converted to a string), as in hclsyntax.
 *
 * @param range including the quotes
 */
public record TemplateWrapExpr(Expression wrapped, SourceRange range) implements Expression {}
