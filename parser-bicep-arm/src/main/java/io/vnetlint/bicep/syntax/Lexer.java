package io.vnetlint.bicep.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Bicep text into tokens (after the compiler's Lexer.cs). Whitespace and comments are trivia; line breaks
 * are NEWLINE tokens because Bicep separates statements and items by them. String interpolation needs a mode
 * stack: inside <code>${ ... }</code> the lexer counts braces so that the closing brace resumes the string.
 */
final class Lexer {
  /**
   * Far more than any real template has; bounds the memory a hostile file (millions of one-character tokens
   * within Limits.MAX_FILE_BYTES) can take.
   */
  static final int MAX_TOKENS = 2_000_000;

  private final char[] text;
  private final SyntaxErrors errors;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<DisableNextLine> pragmas = new ArrayList<>();
  private final io.vnetlint.model.SourceText source;
  /** Open braces inside each active interpolation, innermost last. */
  private int[] templateStack = new int[8];
  /** Per active interpolation: 0 inside a '...' string, else the dollar count of a $'''...''' string. */
  private int[] templateDollars = new int[8];
  private int templateDepth;
  private int pos;

  Lexer(io.vnetlint.model.SourceText source, SyntaxErrors errors) {
    this.source = source;
    this.text = source.text().toCharArray();
    this.errors = errors;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Comment> comments() {
    return comments;
  }

  List<DisableNextLine> pragmas() {
    return pragmas;
  }

  void run() {
    if (pos < text.length && text[pos] == '\uFEFF') {
      pos++;
    }
    while (true) {
      skipTrivia();
      if (pos >= text.length) {
        tokens.add(new Token(TokenType.EOF, text.length, text.length, ""));
        return;
      }
      if (tokens.size() >= MAX_TOKENS) {
        errors.report(pos, pos, "More than " + MAX_TOKENS + " tokens; the rest of the file is not parsed.");
        tokens.add(new Token(TokenType.EOF, pos, pos, ""));
        return;
      }
      scanToken();
    }
  }

  private void skipTrivia() {
    while (pos < text.length) {
      char c = text[pos];
      if (c == ' ' || c == '\t' || c == '\uFEFF') {
        pos++;
      } else if (c == '/' && pos + 1 < text.length && text[pos + 1] == '/') {
        int start = pos;
        while (pos < text.length && text[pos] != '\n' && text[pos] != '\r') {
          pos++;
        }
        comments.add(new Comment(false, new String(text, start, pos - start), source.range(start, pos)));
      } else if (c == '/' && pos + 1 < text.length && text[pos + 1] == '*') {
        int start = pos;
        pos += 2;
        while (pos < text.length && !(text[pos] == '*' && pos + 1 < text.length && text[pos + 1] == '/')) {
          pos++;
        }
        if (pos >= text.length) {
          errors.report(start, pos, "BCP002: The multi-line comment at this location is not terminated. "
              + "Terminate it with the */ character sequence.");
        } else {
          pos += 2;
        }
        comments.add(new Comment(true, new String(text, start, pos - start), source.range(start, pos)));
      } else if (c == '#' && !firstOnLine()) {
        return; // a pragma must start its line; elsewhere '#' is an unrecognized token (BCP001)
      } else if (c == '#' && (startsWith("#disable-diagnostics") || startsWith("#restore-diagnostics"))) {
        // Region pragmas: trivia to the end of the line (not modelled; only next-line pragmas are recorded).
        while (pos < text.length && text[pos] != '\n' && text[pos] != '\r') {
          pos++;
        }
      } else if (c == '#' && startsWith("#disable-next-line") && !isIdentifierPart(at(pos + 18))) {
        int start = pos;
        pos += 18;
        List<String> codes = new ArrayList<>();
        while (pos < text.length && text[pos] != '\n' && text[pos] != '\r') {
          if (text[pos] == ' ' || text[pos] == '\t') {
            pos++;
            continue;
          }
          if (text[pos] == '/' && (at(pos + 1) == '/' || at(pos + 1) == '*')) {
            break; // a trailing comment ends the code list
          }
          int codeStart = pos;
          while (pos < text.length && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\n'
              && text[pos] != '\r') {
            pos++;
          }
          codes.add(new String(text, codeStart, pos - codeStart));
        }
        pragmas.add(new DisableNextLine(List.copyOf(codes), source.range(start, pos)));
      } else {
        return;
      }
    }
  }

  private boolean firstOnLine() {
    for (int i = pos - 1; i >= 0; i--) {
      char c = text[i];
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private char at(int i) {
    return i < text.length ? text[i] : '\0';
  }

  private boolean startsWith(String s) {
    if (pos + s.length() > text.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (text[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void add(TokenType type, int start) {
    // Only names, numbers and unknown characters need their text; punctuation shares one empty string.
    boolean keepText = type == TokenType.IDENTIFIER || type == TokenType.INTEGER || type == TokenType.UNRECOGNIZED;
    tokens.add(new Token(type, start, pos, keepText ? new String(text, start, pos - start) : ""));
  }

  private void scanToken() {
    int start = pos;
    char c = text[pos];
    char next = at(pos + 1);
    switch (c) {
      case '\n', '\r' -> {
        endSingleLineInterpolations(start);
        pos += c == '\r' && next == '\n' ? 2 : 1;
        add(TokenType.NEWLINE, start);
      }
      case '{' -> {
        if (templateDepth > 0) {
          templateStack[templateDepth - 1]++;
        }
        pos++;
        add(TokenType.LEFT_BRACE, start);
      }
      case '}' -> {
        if (templateDepth > 0 && templateStack[templateDepth - 1] == 0) {
          templateDepth--;
          pos++;
          int dollars = templateDollars[templateDepth];
          if (dollars == 0) {
            scanStringRest(start, false);
          } else {
            scanMultilineRest(start, dollars, false);
          }
        } else {
          if (templateDepth > 0) {
            templateStack[templateDepth - 1]--;
          }
          pos++;
          add(TokenType.RIGHT_BRACE, start);
        }
      }
      case '[' -> single(TokenType.LEFT_SQUARE);
      case ']' -> single(TokenType.RIGHT_SQUARE);
      case '(' -> single(TokenType.LEFT_PAREN);
      case ')' -> single(TokenType.RIGHT_PAREN);
      case ',' -> single(TokenType.COMMA);
      case '@' -> single(TokenType.AT);
      case '^' -> single(TokenType.HAT);
      case '+' -> single(TokenType.PLUS);
      case '-' -> single(TokenType.MINUS);
      case '*' -> single(TokenType.ASTERISK);
      case '/' -> single(TokenType.SLASH);
      case '%' -> single(TokenType.MODULO);
      case '.' -> {
        if (next == '.' && at(pos + 2) == '.') {
          pos += 3;
          add(TokenType.ELLIPSIS, start);
        } else {
          single(TokenType.DOT);
        }
      }
      case ':' -> pair(next == ':', TokenType.DOUBLE_COLON, TokenType.COLON);
      case '?' -> {
        if (next == '?') {
          pos += 2;
          add(TokenType.DOUBLE_QUESTION, start);
        } else {
          single(TokenType.QUESTION);
        }
      }
      case '=' -> {
        if (next == '=') {
          pos += 2;
          add(TokenType.EQUALS, start);
        } else if (next == '~') {
          pos += 2;
          add(TokenType.EQUALS_INSENSITIVE, start);
        } else if (next == '>') {
          pos += 2;
          add(TokenType.ARROW, start);
        } else {
          single(TokenType.ASSIGNMENT);
        }
      }
      case '!' -> {
        if (next == '=') {
          pos += 2;
          add(TokenType.NOT_EQUALS, start);
        } else if (next == '~') {
          pos += 2;
          add(TokenType.NOT_EQUALS_INSENSITIVE, start);
        } else {
          single(TokenType.EXCLAMATION);
        }
      }
      case '<' -> pair(next == '=', TokenType.LESS_THAN_OR_EQUAL, TokenType.LESS_THAN);
      case '>' -> pair(next == '=', TokenType.GREATER_THAN_OR_EQUAL, TokenType.GREATER_THAN);
      case '&' -> {
        if (next == '&') {
          pos += 2;
          add(TokenType.LOGICAL_AND, start);
        } else {
          unrecognized(start);
        }
      }
      case '|' -> pair(next == '|', TokenType.LOGICAL_OR, TokenType.PIPE);
      case '\'' -> {
        if (next == '\'' && at(pos + 2) == '\'') {
          scanMultilineString(start);
        } else {
          pos++;
          scanStringRest(start, true);
        }
      }
      default -> {
        int dollars = 0;
        while (at(pos + dollars) == '$') {
          dollars++;
        }
        if (dollars > 0 && at(pos + dollars) == '\'' && at(pos + dollars + 1) == '\''
            && at(pos + dollars + 2) == '\'') {
          pos += dollars + 3;
          skipOpeningLineBreak();
          scanMultilineRest(start, dollars, true);
        } else if (c >= '0' && c <= '9') {
          while (pos < text.length && text[pos] >= '0' && text[pos] <= '9') {
            pos++;
          }
          add(TokenType.INTEGER, start);
        } else if (isIdentifierStart(c)) {
          while (pos < text.length && isIdentifierPart(text[pos])) {
            pos++;
          }
          add(TokenType.IDENTIFIER, start);
        } else {
          unrecognized(start);
        }
      }
    }
  }

  private void single(TokenType type) {
    int start = pos++;
    add(type, start);
  }

  private void pair(boolean two, TokenType twoType, TokenType oneType) {
    int start = pos;
    pos += two ? 2 : 1;
    add(two ? twoType : oneType, start);
  }

  private void unrecognized(int start) {
    pos += Character.isHighSurrogate(text[pos]) && pos + 1 < text.length
        && Character.isLowSurrogate(text[pos + 1]) ? 2 : 1;
    errors.report(start, pos, "BCP001: The following token is not recognized: \""
        + new String(text, start, pos - start) + "\".");
    add(TokenType.UNRECOGNIZED, start);
  }

  static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }

  /**
   * Scans string content after an opening quote ({@code fromQuote}) or after the closing brace of an
   * interpolation, up to a closing quote, an interpolation start, a line break or the end of the text.
   */
  private void scanStringRest(int start, boolean fromQuote) {
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length) {
        errors.report(start, pos, "BCP003: The string at this location is not terminated. "
            + "Terminate the string with a single quote character.");
        emitString(start, fromQuote, true, value);
        return;
      }
      char c = text[pos];
      if (c == '\'') {
        pos++;
        emitString(start, fromQuote, true, value);
        return;
      }
      if (c == '\n' || c == '\r') {
        errors.report(start, pos, "BCP004: The string at this location is not terminated due to an unexpected "
            + "new line character.");
        emitString(start, fromQuote, true, value);
        return;
      }
      if (c == '$' && at(pos + 1) == '{') {
        pos += 2;
        pushTemplate(0);
        emitString(start, fromQuote, false, value);
        return;
      }
      if (c == '\\') {
        if (pos + 1 >= text.length) {
          pos++;
          errors.report(start, pos, "BCP005: The string at this location is not terminated. Complete the escape "
              + "sequence and terminate the string with a single unescaped quote character.");
          emitString(start, fromQuote, true, value);
          return;
        }
        char e = text[pos + 1];
        switch (e) {
          case '\\', '\'', '$' -> value.append(e);
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> {
            if (scanUnicodeEscape(value)) {
              continue;
            }
          }
          default -> {
            if (e == '\n' || e == '\r') {
              pos++;
              continue; // the line break is reported by the loop
            }
            errors.report(pos, pos + 2, "BCP006: The specified escape sequence is not recognized. Only the "
                + "following escape sequences are allowed: \"\\$\", \"\\'\", \"\\\\\", \"\\n\", \"\\r\", \"\\t\", "
                + "\"\\u{...}\".");
          }
        }
        pos += 2;
        continue;
      }
      value.append(c);
      pos++;
    }
  }

  /** A unicode escape (backslash, u, {hex}); on success appends the code point, moves past it, returns true. */
  private boolean scanUnicodeEscape(StringBuilder value) {
    int p = pos + 2;
    if (at(p) != '{') {
      return false;
    }
    p++;
    int digitsStart = p;
    long cp = 0;
    while (p < text.length && Character.digit(text[p], 16) >= 0 && p - digitsStart < 8) {
      cp = cp * 16 + Character.digit(text[p], 16);
      p++;
    }
    if (p == digitsStart || at(p) != '}' || cp > Character.MAX_CODE_POINT) {
      return false;
    }
    value.appendCodePoint((int) cp);
    pos = p + 1;
    return true;
  }

  private void emitString(int start, boolean fromQuote, boolean closed, StringBuilder value) {
    TokenType type;
    if (fromQuote) {
      type = closed ? TokenType.STRING_COMPLETE : TokenType.STRING_LEFT_PIECE;
    } else {
      type = closed ? TokenType.STRING_RIGHT_PIECE : TokenType.STRING_MIDDLE_PIECE;
    }
    tokens.add(new Token(type, start, pos, value.toString()));
  }

  /** A line break inside the interpolation of a plain string ends that string (the compiler's BCP004). */
  private void endSingleLineInterpolations(int at) {
    if (templateDepth > 0 && templateDollars[templateDepth - 1] == 0) {
      errors.report(at, at, "BCP004: The string at this location is not terminated due to an unexpected new line "
          + "character.");
      while (templateDepth > 0 && templateDollars[templateDepth - 1] == 0) {
        templateDepth--;
      }
    }
  }

  private void pushTemplate(int dollars) {
    if (templateDepth == templateStack.length) {
      templateStack = java.util.Arrays.copyOf(templateStack, templateDepth * 2);
      templateDollars = java.util.Arrays.copyOf(templateDollars, templateDepth * 2);
    }
    templateStack[templateDepth] = 0;
    templateDollars[templateDepth++] = dollars;
  }

  private void skipOpeningLineBreak() {
    if (at(pos) == '\r' && at(pos + 1) == '\n') {
      pos += 2;
    } else if (at(pos) == '\n' || at(pos) == '\r') {
      pos++;
    }
  }

  /**
   * Content of an interpolated multi-line string ({@code $'''...'''}): with n leading dollars, a run of at least
   * n dollars followed by a brace starts an interpolation (the extra dollars are literal).
   */
  private void scanMultilineRest(int start, int dollars, boolean fromOpen) {
    StringBuilder value = new StringBuilder();
    while (pos < text.length) {
      char c = text[pos];
      if (c == '\'' && at(pos + 1) == '\'' && at(pos + 2) == '\'') {
        pos += 3;
        while (pos < text.length && text[pos] == '\'') {
          value.append('\'');
          pos++;
        }
        tokens.add(new Token(fromOpen ? TokenType.STRING_COMPLETE : TokenType.STRING_RIGHT_PIECE, start, pos,
            value.toString()));
        return;
      }
      if (c == '$') {
        int run = 0;
        while (at(pos + run) == '$') {
          run++;
        }
        if (run >= dollars && at(pos + run) == '{') {
          value.append("$".repeat(run - dollars));
          pos += run + 1;
          pushTemplate(dollars);
          tokens.add(new Token(fromOpen ? TokenType.STRING_LEFT_PIECE : TokenType.STRING_MIDDLE_PIECE, start, pos,
              value.toString()));
          return;
        }
        value.append("$".repeat(run));
        pos += run;
        continue;
      }
      value.append(c);
      pos++;
    }
    errors.report(start, pos, "BCP140: The multi-line string at this location is not terminated. "
        + "Terminate it with \"'''\".");
    tokens.add(new Token(fromOpen ? TokenType.STRING_COMPLETE : TokenType.STRING_RIGHT_PIECE, start, pos,
        value.toString()));
  }

  private void scanMultilineString(int start) {
    pos += 3;
    int contentStart = pos;
    // A line break right after the opening quotes is not part of the value.
    if (at(pos) == '\r' && at(pos + 1) == '\n') {
      contentStart = pos + 2;
    } else if (at(pos) == '\n' || at(pos) == '\r') {
      contentStart = pos + 1;
    }
    pos = contentStart;
    while (pos < text.length && !(text[pos] == '\'' && at(pos + 1) == '\'' && at(pos + 2) == '\'')) {
      pos++;
    }
    String value = new String(text, contentStart, pos - contentStart);
    if (pos >= text.length) {
      errors.report(start, pos, "BCP140: The multi-line string at this location is not terminated. "
          + "Terminate it with \"'''\".");
    } else {
      pos += 3;
      // Bicep lets a run of quotes end the string: ''''a'''' has value 'a' plus one quote per extra quote.
      while (pos < text.length && text[pos] == '\'') {
        value += "'";
        pos++;
      }
    }
    tokens.add(new Token(TokenType.MULTILINE_STRING, start, pos, value));
  }
}
