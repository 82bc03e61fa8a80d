package io.vnetlint.bicep.syntax;

/** Token kinds of the Bicep lexer (the compiler's TokenType, minus keywords, which are identifiers here). */
enum TokenType {
  EOF, NEWLINE, IDENTIFIER, INTEGER,
  /** {@code 'abc'}. */
  STRING_COMPLETE,
  /** {@code 'abc${}. */
  STRING_LEFT_PIECE,
  /** <code>}abc${</code>. */
  STRING_MIDDLE_PIECE,
  /** <code>}abc'</code>. */
  STRING_RIGHT_PIECE,
  MULTILINE_STRING,
  LEFT_BRACE, RIGHT_BRACE, LEFT_SQUARE, RIGHT_SQUARE, LEFT_PAREN, RIGHT_PAREN,
  COMMA, DOT, COLON, DOUBLE_COLON, QUESTION, DOUBLE_QUESTION, ASSIGNMENT,
  EQUALS, NOT_EQUALS, EQUALS_INSENSITIVE, NOT_EQUALS_INSENSITIVE,
  LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL,
  PLUS, MINUS, ASTERISK, SLASH, MODULO, EXCLAMATION, LOGICAL_AND, LOGICAL_OR, ARROW, ELLIPSIS, AT, HAT, PIPE,
  /** A character the lexer does not know (BCP001 was reported). */
  UNRECOGNIZED
}
