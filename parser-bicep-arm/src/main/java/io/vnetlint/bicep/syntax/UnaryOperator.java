package io.vnetlint.bicep.syntax;

/** Prefix operators {@code !} and {@code -}. */
public enum UnaryOperator {
  NOT("!"),
  MINUS("-");

  private final String text;

  UnaryOperator(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
