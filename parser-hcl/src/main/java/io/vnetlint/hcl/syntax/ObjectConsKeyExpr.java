package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.Optional;

/**
 * The key of an object item. As in hclsyntax, a bare identifier key ({@code name = ...}) means the string
 * {@code "name"}, not a variable reference, unless the key was written in parentheses ({@code (name) = ...}),
 * which sets {@code forceNonLiteral}. A bare multi-step traversal ({@code a.b = ...}) is neither: hclsyntax reports
 * it as an "Ambiguous attribute key" when evaluating.
 */
public record ObjectConsKeyExpr(Expression wrapped, boolean forceNonLiteral) implements Expression {
  @Override
  public SourceRange range() {
    return wrapped.range();
  }

  /** The literal name when the key is a bare identifier (including {@code null}, {@code true}, {@code false}). */
  public Optional<String> bareName() {
    if (forceNonLiteral) {
      return Optional.empty();
    }
    if (wrapped instanceof ScopeTraversalExpr s && s.traversal().isEmpty()) {
      return Optional.of(s.rootName());
    }
    if (wrapped instanceof LiteralValue l) {
      // The parser already turned these keywords into literals; as keys they are names (hcl.ExprAsKeyword).
      if (l.value() == null) {
        return Optional.of("null");
      }
      if (l.value() instanceof Boolean b) {
        return Optional.of(b.toString());
      }
    }
    return Optional.empty();
  }
}
