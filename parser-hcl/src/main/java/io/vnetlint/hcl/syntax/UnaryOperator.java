package io.vnetlint.hcl.syntax;

/** Unary operators; they bind tighter than any binary operator. */
public enum UnaryOperator {
  NEGATE("-"),
  LOGICAL_NOT("!");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
