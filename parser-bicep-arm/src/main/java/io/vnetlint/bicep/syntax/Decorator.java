package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;

/** {@code @name(args)} or {@code @sys.name(args)} in front of a declaration, object property or type property. */
public record Decorator(Expr call, SourceRange range) implements Node {
  /** The decorator's function name ("description", "secure", "batchSize", ...), or "" when malformed. */
  public String name() {
    return call instanceof Expr.FunctionCall f ? f.name().name() : "";
  }
}
