package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** The placeholder for the current element inside a {@link SplatExpr}; its range is the splat marker. */
public record AnonSymbolExpr(SourceRange range) implements Expression {}
