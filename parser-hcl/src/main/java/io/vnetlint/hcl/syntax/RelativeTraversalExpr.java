package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/** Static steps applied to the result of another expression: {@code func(x).attr[0]}, {@code (a).b}. */
public record RelativeTraversalExpr(Expression source, List<Traverser> traversal, SourceRange range)
    implements Expression {
  public RelativeTraversalExpr {
    traversal = List.copyOf(traversal);
  }
}
