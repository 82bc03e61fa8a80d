package io.vnetlint.bicep.syntax;

/**
 * One token: character offsets [start, end) into the source text, and for string tokens the unescaped literal
 * piece in {@code value} (for other tokens the source text).
 */
record Token(TokenType type, int start, int end, String value) {
  boolean is(TokenType t) {
    return type == t;
  }

  boolean isIdentifier(String text) {
    return type == TokenType.IDENTIFIER && value.equals(text);
  }
}
