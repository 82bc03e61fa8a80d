package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;

/**
 * A name as written (declaration names, property names after a dot, function names, lambda parameters). An
 * identifier that the parser had to invent during recovery has an empty name.
 */
public record Identifier(String name, SourceRange range) implements Node, PropertyKey {
  public boolean isMissing() {
    return name.isEmpty();
  }
}
