package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * Literal text of a template.
 *
 * @param value the text with escapes resolved ({@code \n}, {@code $${}), heredoc indentation removed and strip
 *     markers of the neighbouring sequences applied
 * @param range the raw source text of the literal
 */
public record TemplateLiteral(String value, SourceRange range) implements TemplatePart {}
