package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/** <code>{ key = value, key2: value2 }</code>. */
public record ObjectConsExpr(List<ObjectConsItem> items, SourceRange openRange, SourceRange range)
    implements Expression {
  public ObjectConsExpr {
    items = List.copyOf(items);
  }
}
