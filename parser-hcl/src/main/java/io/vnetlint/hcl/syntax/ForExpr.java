package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * {@code [for k, v in coll : val if cond]} or <code>{for k, v in coll : key => val... if cond}</code>.
 *
 * @param keyVar null when only a value variable is declared
 * @param keyExpr null for the tuple form
 * @param condExpr null without {@code if}
 * @param group the object form's grouping {@code ...}
 */
public record ForExpr(
    String keyVar,
    String valVar,
    Expression collExpr,
    Expression keyExpr,
    Expression valExpr,
    Expression condExpr,
    boolean group,
    SourceRange openRange,
    SourceRange closeRange,
    SourceRange range)
    implements Expression {
  public boolean isObject() {
    return keyExpr != null;
  }
}
