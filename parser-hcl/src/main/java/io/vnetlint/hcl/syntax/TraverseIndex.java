package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * An index by a constant key: {@code [0]}, {@code ["gw"]} (a string template without interpolations) or the
 * legacy {@code .0} form. Indexes by non-constant keys are {@link IndexExpr}s instead, as in hclsyntax.
 *
 * @param key the constant key (its range is the key's own text); null when the key is unknown because of a
 *     reported syntax error (an invalid legacy index such as {@code .0.1}, where hclsyntax uses
 *     {@code cty.DynamicVal})
 * @param legacy true for the {@code .0} form
 * @param range from the bracket (or dot) to the closing bracket (or end of the number)
 */
public record TraverseIndex(LiteralValue key, boolean legacy, SourceRange range) implements Traverser {}
