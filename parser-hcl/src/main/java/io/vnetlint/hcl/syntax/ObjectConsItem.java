package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** One {@code key = value} item of an {@link ObjectConsExpr}. */
public record ObjectConsItem(ObjectConsKeyExpr key, Expression value) {
  public SourceRange range() {
    return key.range().to(value.range());
  }
}
