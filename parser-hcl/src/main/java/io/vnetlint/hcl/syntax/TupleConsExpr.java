package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/** {@code [a, b, c]}. */
public record TupleConsExpr(List<Expression> exprs, SourceRange openRange, SourceRange range) implements Expression {
  public TupleConsExpr {
    exprs = List.copyOf(exprs);
  }
}
