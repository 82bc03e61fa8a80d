package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * {@code .name}.
 *
 * @param range from the dot to the end of the name
 */
public record TraverseAttr(String name, SourceRange range) implements Traverser {}
