package io.vnetlint.hcl.syntax;

import java.util.Arrays;

/**
 * The HCL native syntax scanner, a hand-written port of hclsyntax's {@code scan_tokens.rl}. It works on character
 * offsets of the decoded text, keeps a mode stack (main, quoted string, heredoc) with the brace counters that decide
 * whether a {@code }} closes an interpolation, and a stack of heredocs in progress. Tokens are stored in parallel
 * arrays: no object per token, no regular expressions.
 */
final class HclScanner {
  private static final int MAIN = 0;
  private static final int STRING = 1;
  private static final int HEREDOC = 2;

  private final String text;
  /** The text as an array: indexing it avoids String.charAt's per-call checks in the hot loops. */
  private final char[] s;
  private final int n;

  // Token arrays (grown by doubling).
  private TokenType[] types;
  private int[] starts;
  private int[] ends;
  private int count;

  // Mode stack, as Ragel's fcall/fret.
  private int[] modes = new int[16];
  private int modeDepth;
  private int braces;
  private int[] retBraces = new int[16];
  private int retDepth;
  private String[] heredocMarkers = new String[4];
  private boolean[] heredocStartOfLine = new boolean[4];
  private int heredocDepth;

  private HclScanner(String text) {
    this.text = text;
    this.s = text.toCharArray();
    this.n = s.length;
    int estimate = n / 5 + 16; // real-world Terraform has about one token per five characters
    types = new TokenType[estimate];
    starts = new int[estimate];
    ends = new int[estimate];
  }

  /** The scanned tokens of a text; the last token is always EOF. */
  record Tokens(TokenType[] types, int[] starts, int[] ends, int count, char[] chars) {}

  static Tokens scan(String text) {
    HclScanner sc = new HclScanner(text);
    sc.run();
    return new Tokens(sc.types, sc.starts, sc.ends, sc.count, sc.s);
  }

  private void emit(TokenType type, int start, int end) {
    if (count == types.length) {
      int len = count * 2;
      types = Arrays.copyOf(types, len);
      starts = Arrays.copyOf(starts, len);
      ends = Arrays.copyOf(ends, len);
    }
    types[count] = type;
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  private void pushMode(int mode) {
    if (modeDepth == modes.length) {
      modes = Arrays.copyOf(modes, modeDepth * 2);
    }
    modes[modeDepth++] = mode;
  }

  private void pushRetBraces(int level) {
    if (retDepth == retBraces.length) {
      retBraces = Arrays.copyOf(retBraces, retDepth * 2);
    }
    retBraces[retDepth++] = level;
  }

  private void pushHeredoc(String marker) {
    if (heredocDepth == heredocMarkers.length) {
      heredocMarkers = Arrays.copyOf(heredocMarkers, heredocDepth * 2);
      heredocStartOfLine = Arrays.copyOf(heredocStartOfLine, heredocDepth * 2);
    }
    heredocMarkers[heredocDepth] = marker;
    heredocStartOfLine[heredocDepth] = true;
    heredocDepth++;
  }

  private void run() {
    int p = 0;
    if (n > 0 && s[0] == '\uFEFF') {
      p = 1; // a UTF-8 BOM that the decoder left in place; hclsyntax strips it too
    }
    pushMode(MAIN);
    while (p < n) {
      int mode = modes[modeDepth - 1];
      int next;
      if (mode == MAIN) {
        next = scanMain(p);
      } else if (mode == STRING) {
        next = scanString(p);
      } else {
        next = scanHeredoc(p);
      }
      if (next < 0) {
        // The Ragel machine has no transition here: the rest of the input is one invalid token.
        emit(TokenType.INVALID, p, n);
        break;
      }
      p = next;
    }
    emit(TokenType.EOF, n, n);
  }

  // ---------------------------------------------------------------- main mode

  private int scanMain(int p) {
    char c = s[p];
    switch (c) {
      case ' ', '\t' -> {
        int q = p + 1;
        while (q < n && (s[q] == ' ' || s[q] == '\t')) {
          q++;
        }
        return q;
      }
      case '\n' -> {
        emit(TokenType.NEWLINE, p, p + 1);
        return p + 1;
      }
      case '\r' -> {
        if (p + 1 < n && s[p + 1] == '\n') {
          emit(TokenType.NEWLINE, p, p + 2);
          return p + 2;
        }
        emit(TokenType.INVALID, p, p + 1);
        return p + 1;
      }
      case '#' -> {
        return lineComment(p);
      }
      case '/' -> {
        if (p + 1 < n && s[p + 1] == '/') {
          return lineComment(p);
        }
        if (p + 1 < n && s[p + 1] == '*') {
          int close = text.indexOf("*/", p + 2);
          if (close >= 0) {
            emit(TokenType.COMMENT, p, close + 2);
            return close + 2;
          }
          // Unterminated: the longest match is the lone slash.
        }
        return self(TokenType.SLASH, p);
      }
      case '"' -> {
        emit(TokenType.O_QUOTE, p, p + 1);
        pushMode(STRING);
        return p + 1;
      }
      case '{' -> {
        emit(TokenType.O_BRACE, p, p + 1);
        braces++;
        return p + 1;
      }
      case '}' -> {
        if (retDepth > 0 && retBraces[retDepth - 1] == braces) {
          emit(TokenType.TEMPLATE_SEQ_END, p, p + 1);
          braces--;
          retDepth--;
          modeDepth--;
        } else {
          emit(TokenType.C_BRACE, p, p + 1);
          braces--;
        }
        return p + 1;
      }
      case '~' -> {
        if (p + 1 < n && s[p + 1] == '}') {
          // Always a sequence end, even when it does not balance: the parser reports the misuse.
          emit(TokenType.TEMPLATE_SEQ_END, p, p + 2);
          if (retDepth > 0 && retBraces[retDepth - 1] == braces) {
            braces--;
            retDepth--;
            modeDepth--;
          } else {
            braces--;
          }
          return p + 2;
        }
        return self(TokenType.BITWISE_NOT, p);
      }
      case '=' -> {
        if (at(p + 1, '=')) {
          return two(TokenType.EQUAL_OP, p);
        }
        if (at(p + 1, '>')) {
          return two(TokenType.FAT_ARROW, p);
        }
        return self(TokenType.EQUAL, p);
      }
      case '!' -> {
        return at(p + 1, '=') ? two(TokenType.NOT_EQUAL, p) : self(TokenType.BANG, p);
      }
      case '>' -> {
        return at(p + 1, '=') ? two(TokenType.GREATER_THAN_EQ, p) : self(TokenType.GREATER_THAN, p);
      }
      case '<' -> {
        if (at(p + 1, '=')) {
          return two(TokenType.LESS_THAN_EQ, p);
        }
        if (at(p + 1, '<')) {
          int h = heredocIntroducer(p);
          if (h > 0) {
            return h;
          }
        }
        return self(TokenType.LESS_THAN, p);
      }
      case '&' -> {
        return at(p + 1, '&') ? two(TokenType.AND, p) : self(TokenType.BITWISE_AND, p);
      }
      case '|' -> {
        return at(p + 1, '|') ? two(TokenType.OR, p) : self(TokenType.BITWISE_OR, p);
      }
      case ':' -> {
        return at(p + 1, ':') ? two(TokenType.DOUBLE_COLON, p) : self(TokenType.COLON, p);
      }
      case '.' -> {
        if (at(p + 1, '.') && at(p + 2, '.')) {
          emit(TokenType.ELLIPSIS, p, p + 3);
          return p + 3;
        }
        return self(TokenType.DOT, p);
      }
      case '[' -> {
        return self(TokenType.O_BRACK, p);
      }
      case ']' -> {
        return self(TokenType.C_BRACK, p);
      }
      case '(' -> {
        return self(TokenType.O_PAREN, p);
      }
      case ')' -> {
        return self(TokenType.C_PAREN, p);
      }
      case ',' -> {
        return self(TokenType.COMMA, p);
      }
      case '*' -> {
        return self(TokenType.STAR, p);
      }
      case '%' -> {
        return self(TokenType.PERCENT, p);
      }
      case '+' -> {
        return self(TokenType.PLUS, p);
      }
      case '-' -> {
        return self(TokenType.MINUS, p);
      }
      case '?' -> {
        return self(TokenType.QUESTION, p);
      }
      case '^' -> {
        return self(TokenType.BITWISE_XOR, p);
      }
      case ';' -> {
        return self(TokenType.SEMICOLON, p);
      }
      case '`' -> {
        return self(TokenType.BACKTICK, p);
      }
      case '\'' -> {
        return self(TokenType.APOSTROPHE, p);
      }
      default -> {
        if (c >= '0' && c <= '9') {
          return number(p);
        }
        int ident = identEnd(p);
        if (ident > p) {
          emit(TokenType.IDENT, p, ident);
          return ident;
        }
        int len = Character.isHighSurrogate(c) && p + 1 < n && Character.isLowSurrogate(s[p + 1]) ? 2 : 1;
        emit(TokenType.INVALID, p, p + len);
        return p + len;
      }
    }
  }

  private boolean at(int i, char c) {
    return i < n && s[i] == c;
  }

  private int self(TokenType type, int p) {
    emit(type, p, p + 1);
    return p + 1;
  }

  private int two(TokenType type, int p) {
    emit(type, p, p + 2);
    return p + 2;
  }

  /** A {@code #} or {@code //} comment; like hclsyntax, the token includes the line break that ends it. */
  private int lineComment(int p) {
    int q = p;
    while (q < n && s[q] != '\n') {
      q++;
    }
    if (q < n) {
      q++;
    }
    emit(TokenType.COMMENT, p, q);
    return q;
  }

  /**
   * {@code NumberLit = digit ("" | (NumberLitContinue - '.') | (NumberLitContinue* (NumberLitContinue - '.')))}
   * with {@code NumberLitContinue = digit | '.' | ('e'|'E') ('+'|'-')? digit}: the longest match that does not end
   * with a dot. {@code 1.2.3} is one (invalid) number token, as in hclsyntax.
   */
  private int number(int p) {
    int end = p + 1;
    int q = p + 1;
    while (q < n) {
      char c = s[q];
      if (c >= '0' && c <= '9') {
        q++;
        end = q;
      } else if (c == '.') {
        q++;
      } else if (c == 'e' || c == 'E') {
        int r = q + 1;
        if (r < n && (s[r] == '+' || s[r] == '-')) {
          r++;
        }
        if (r < n && s[r] >= '0' && s[r] <= '9') {
          q = r + 1;
          end = q;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    emit(TokenType.NUMBER_LIT, p, end);
    return end;
  }

  /** {@code Ident = (ID_Start | '_') (ID_Continue | '-')*}; returns p when there is no identifier at p. */
  private int identEnd(int p) {
    if (p >= n) {
      return p;
    }
    int cp = Character.codePointAt(s, p);
    if (!(cp == '_' || isIdStart(cp))) {
      return p;
    }
    int q = p + Character.charCount(cp);
    while (q < n) {
      char c = s[q];
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
          q++;
          continue;
        }
        break;
      }
      int k = Character.codePointAt(s, q);
      if (!isIdContinue(k)) {
        break;
      }
      q += Character.charCount(k);
    }
    return q;
  }

  static boolean isIdStart(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  static boolean isIdContinue(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  /** {@code '<<' '-'? Ident Newline}: emits the opener and enters heredoc mode, or returns -1. */
  private int heredocIntroducer(int p) {
    int q = p + 2;
    if (at(q, '-')) {
      q++;
    }
    int identStart = q;
    int identEnd = identEnd(q);
    if (identEnd == identStart) {
      return -1;
    }
    int end;
    if (at(identEnd, '\n')) {
      end = identEnd + 1;
    } else if (at(identEnd, '\r') && at(identEnd + 1, '\n')) {
      end = identEnd + 2;
    } else {
      return -1;
    }
    emit(TokenType.O_HEREDOC, p, end);
    pushHeredoc(text.substring(identStart, identEnd));
    pushMode(HEREDOC);
    return end;
  }

  // ------------------------------------------------------- template sequences

  /** {@code ${}, {@code ${~}, {@code %{}, {@code %{~} at p (caller checked the first two chars). */
  private int beginSequence(int p, TokenType type) {
    int end = at(p + 2, '~') ? p + 3 : p + 2;
    emit(type, p, end);
    braces++;
    pushRetBraces(braces);
    if (heredocDepth > 0) {
      heredocStartOfLine[heredocDepth - 1] = false;
    }
    pushMode(MAIN);
    return end;
  }

  /**
   * A literal starting with {@code $} or {@code %} that does not open a sequence: {@code $${} or {@code $${~} (an
   * escape, kept whole), or the lone sign. Returns -1 at the end of the input (no Ragel transition there).
   */
  private int signLiteral(int p, char sign) {
    if (p + 1 >= n) {
      return -1;
    }
    if (s[p + 1] == sign && at(p + 2, '{')) {
      return at(p + 3, '~') ? p + 4 : p + 3;
    }
    return p + 1;
  }

  // ---------------------------------------------------------- quoted strings

  private int scanString(int p) {
    char c = s[p];
    if ((c == '$' || c == '%') && at(p + 1, '{')) {
      return beginSequence(p, c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL);
    }
    if (c == '"') {
      emit(TokenType.C_QUOTE, p, p + 1);
      modeDepth--;
      return p + 1;
    }
    if (c == '\r' || c == '\n') {
      int q = p + 1;
      while (q < n && (s[q] == '\r' || s[q] == '\n')) {
        q++;
      }
      emit(TokenType.QUOTED_NEWLINE, p, q);
      return q;
    }
    if (c == '$' || c == '%') {
      int end = signLiteral(p, c);
      if (end < 0) {
        return -1;
      }
      emit(TokenType.QUOTED_LIT, p, end);
      return end;
    }
    // (('\\' StringLiteralChars) | (StringLiteralChars - ('$' | '%' | '"' | '\\')))+
    int q = p;
    while (q < n) {
      char d = s[q];
      if (d == '\\') {
        if (q + 1 < n && s[q + 1] != '\r' && s[q + 1] != '\n') {
          q += Character.isHighSurrogate(s[q + 1]) && q + 2 < n ? 3 : 2;
          continue;
        }
        break;
      }
      if (d == '$' || d == '%' || d == '"' || d == '\r' || d == '\n') {
        break;
      }
      q++;
    }
    if (q == p) {
      // A backslash at the end of a line or of the input.
      emit(TokenType.INVALID, p, p + 1);
      return p + 1;
    }
    emit(TokenType.QUOTED_LIT, p, q);
    return q;
  }

  // ---------------------------------------------------------------- heredocs

  private int scanHeredoc(int p) {
    char c = s[p];
    if ((c == '$' || c == '%') && at(p + 1, '{')) {
      return beginSequence(p, c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL);
    }
    int top = heredocDepth - 1;
    if (c == '$' || c == '%') {
      int end = signLiteral(p, c);
      if (end < 0) {
        return -1;
      }
      heredocStartOfLine[top] = false;
      emit(TokenType.STRING_LIT, p, end);
      return end;
    }
    int q = p;
    while (q < n) {
      char d = s[q];
      if (d == '$' || d == '%' || d == '\r' || d == '\n') {
        break;
      }
      q++;
    }
    int eolEnd = -1;
    if (at(q, '\n')) {
      eolEnd = q + 1;
    } else if (at(q, '\r') && at(q + 1, '\n')) {
      eolEnd = q + 2;
    }
    if (eolEnd < 0) {
      if (q == p) {
        return -1; // a lone carriage return: no transition in the heredoc machine
      }
      heredocStartOfLine[top] = false;
      emit(TokenType.STRING_LIT, p, q);
      return q;
    }
    if (heredocStartOfLine[top] && isMarker(p, q, heredocMarkers[top])) {
      // The closing marker, then separately the newline, which may end an attribute definition.
      emit(TokenType.C_HEREDOC, p, q);
      emit(TokenType.NEWLINE, q, eolEnd);
      heredocDepth--;
      modeDepth--;
      return eolEnd;
    }
    heredocStartOfLine[top] = true;
    emit(TokenType.STRING_LIT, p, eolEnd);
    return eolEnd;
  }

  /** {@code bytes.TrimSpace(line) == marker}. */
  private boolean isMarker(int from, int to, String marker) {
    while (from < to && TextUtil.isGoSpace(s[from])) {
      from++;
    }
    while (to > from && TextUtil.isGoSpace(s[to - 1])) {
      to--;
    }
    return to - from == marker.length() && text.startsWith(marker, from);
  }
}
