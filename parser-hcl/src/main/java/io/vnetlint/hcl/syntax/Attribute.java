package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * {@code name = expr}.
 *
 * @param range from the name to the end of the expression (the newline is not included)
 */
public record Attribute(String name, Expression expr, SourceRange nameRange, SourceRange equalsRange, SourceRange range)
    implements BodyItem {}
