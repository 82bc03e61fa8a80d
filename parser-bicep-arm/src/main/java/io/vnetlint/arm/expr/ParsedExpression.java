package io.vnetlint.arm.expr;

/** The outcome of parsing one expression string: the tree, or the first syntax error. */
public sealed interface ParsedExpression {

  record Ok(Expr expr) implements ParsedExpression {}

  /**
   * A syntax error.
   *
   * @param offset the character offset of the error in the decoded JSON string (the leading {@code [} is 0)
   */
  record SyntaxError(int offset, String message) implements ParsedExpression {}
}
