package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * A reference rooted at a variable: {@code var.x}, {@code azurerm_subnet.this["gw"].id}, {@code count.index},
 * {@code each.value}, {@code local.a.0}.
 *
 * @param rootName the first identifier
 * @param traversal the static steps after the root (possibly empty)
 */
public record ScopeTraversalExpr(
    String rootName, SourceRange rootRange, List<Traverser> traversal, SourceRange range) implements Expression {
  public ScopeTraversalExpr {
    traversal = List.copyOf(traversal);
  }
}
