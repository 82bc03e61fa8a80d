package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.math.BigDecimal;

/**
 * A literal: {@code null}, {@code true}/{@code false}, a number, or (only as a traversal index key or a template
 * part's folded value) a string.
 *
 * @param value null, a {@link Boolean}, a {@link BigDecimal} or a {@link String}
 */
public record LiteralValue(Object value, SourceRange range) implements Expression {
  public LiteralValue {
    if (value != null && !(value instanceof Boolean) && !(value instanceof BigDecimal) && !(value instanceof String)) {
      throw new IllegalArgumentException("not an HCL literal: " + value.getClass());
    }
  }

  public boolean isNull() {
    return value == null;
  }
}
