package io.vnetlint.hcl.syntax;

/** Token kinds of the HCL scanner; the same set as hclsyntax's {@code TokenType}. */
enum TokenType {
  O_BRACE, C_BRACE, O_BRACK, C_BRACK, O_PAREN, C_PAREN,
  O_QUOTE, C_QUOTE, O_HEREDOC, C_HEREDOC,
  STAR, SLASH, PLUS, MINUS, PERCENT,
  EQUAL, EQUAL_OP, NOT_EQUAL, LESS_THAN, LESS_THAN_EQ, GREATER_THAN, GREATER_THAN_EQ,
  AND, OR, BANG,
  DOT, COMMA,
  DOUBLE_COLON, ELLIPSIS, FAT_ARROW,
  QUESTION, COLON,
  TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END,
  /** A literal chunk of a quoted string: may contain backslash escapes. */
  QUOTED_LIT,
  /** A literal chunk of a heredoc: no backslash escapes. */
  STRING_LIT,
  NUMBER_LIT, IDENT,
  COMMENT, NEWLINE, EOF,
  // Recognised only to give good diagnostics.
  BITWISE_AND, BITWISE_OR, BITWISE_NOT, BITWISE_XOR, APOSTROPHE, BACKTICK, SEMICOLON,
  INVALID, QUOTED_NEWLINE,
  /** Never produced by the scanner: "no token" in bracket matching. */
  NIL
}
