package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * {@code source[*].a.b} (full splat) or {@code source.*.a.b} (attribute-only splat): {@code each} is evaluated for
 * every element of {@code source} with {@link #item()} bound to the element. A full splat's {@code each} takes all
 * following attribute and index steps; an attribute-only splat's takes only the attribute steps, so a trailing
 * {@code [0]} then applies to the result of the splat, as in hclsyntax.
 *
 * @param markerRange {@code [*]} or {@code .*}
 */
public record SplatExpr(
    Expression source, Expression each, AnonSymbolExpr item, boolean attrOnly, SourceRange markerRange,
    SourceRange range)
    implements Expression {}
