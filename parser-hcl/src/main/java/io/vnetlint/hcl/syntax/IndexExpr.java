package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * {@code collection[key]} with a non-constant key (constant keys become {@link TraverseIndex} steps).
 *
 * @param bracketRange from {@code [} to {@code ]}
 */
public record IndexExpr(
    Expression collection, Expression key, SourceRange openRange, SourceRange bracketRange, SourceRange range)
    implements Expression {}
