package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * A block label, quoted ({@code "azurerm_subnet"}) or bare ({@code azurerm_subnet}).
 *
 * @param value the label with escapes resolved
 * @param range including the quotes, as hclsyntax's {@code LabelRanges}
 */
public record BlockLabel(String value, SourceRange range) {}
