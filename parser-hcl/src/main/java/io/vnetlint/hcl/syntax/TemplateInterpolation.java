package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * {@code ${expr}}, {@code ${~ expr ~}}.
 *
 * @param stripLeft a {@code ~} after {@code ${} (whitespace before it was removed from the preceding literal)
 * @param stripRight a {@code ~} before {@code }} (whitespace after it was removed from the following literal)
 * @param range from {@code ${} to {@code }}
 */
public record TemplateInterpolation(Expression expr, boolean stripLeft, boolean stripRight, SourceRange range)
    implements TemplatePart {}
