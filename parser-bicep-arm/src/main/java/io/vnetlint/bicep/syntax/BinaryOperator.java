package io.vnetlint.bicep.syntax;

/** Bicep's binary operators, with the compiler's precedence (higher binds tighter). */
public enum BinaryOperator {
  COALESCE("??", 1),
  OR("||", 2),
  AND("&&", 3),
  EQUALS("==", 4),
  NOT_EQUALS("!=", 4),
  EQUALS_INSENSITIVE("=~", 4),
  NOT_EQUALS_INSENSITIVE("!~", 4),
  LESS_THAN("<", 5),
  LESS_THAN_OR_EQUAL("<=", 5),
  GREATER_THAN(">", 5),
  GREATER_THAN_OR_EQUAL(">=", 5),
  ADD("+", 6),
  SUBTRACT("-", 6),
  MULTIPLY("*", 7),
  DIVIDE("/", 7),
  MODULO("%", 7);

  private final String text;
  private final int precedence;

  BinaryOperator(String text, int precedence) {
    this.text = text;
    this.precedence = precedence;
  }

  public String text() {
    return text;
  }

  public int precedence() {
    return precedence;
  }
}
