package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;

/**
 * A name as written (declaration names, property names after a dot, function names, lambda parameters). The
 * parser never invents identifiers (a construct with a missing name is an error and left out of the tree), so
 * {@link #isMissing()} is false for parsed trees; it exists for trees built by hand.
 */
public record Identifier(String name, SourceRange range) implements Node, PropertyKey {
  public boolean isMissing() {
    return name.isEmpty();
  }
}
