package io.vnetlint.arm.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent reader of the language of {@code ArmExpression.g4} that accepts exactly the well-formed
 * expressions and gives up on anything else. The grammar is LL(1) with no operators, so on well-formed input it
 * builds the tree the ANTLR parser builds; errors are left to the ANTLR parser, which words them. Most scans never
 * see a malformed expression and so never start ANTLR (deserializing its ATN and warming its DFA costs more than
 * reading every expression of a small project).
 */
final class HandExpressionParser {
  private final String s;
  private int i;

  private HandExpressionParser(String content) {
    this.s = content;
  }

  /** The tree of {@code content} (the text between the brackets), or null when it is not well-formed. */
  static Expr parseOrNull(String content) {
    HandExpressionParser p = new HandExpressionParser(content);
    try {
      Expr expr = p.value();
      p.skipSpace();
      return expr != null && p.i == p.s.length() ? expr : null;
    } catch (StackOverflowError e) {
      return null; // left to the ANTLR parser, which says why
    }
  }

  /** {@code value: primary accessor*} */
  private Expr value() {
    Expr expr = primary();
    while (expr != null) {
      skipSpace();
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        skipSpace();
        String name = identifier();
        if (name == null) {
          return null;
        }
        expr = new Expr.Property(expr, name);
      } else if (i < s.length() && s.charAt(i) == '[') {
        i++;
        Expr index = value();
        if (index == null || !take(']')) {
          return null;
        }
        expr = new Expr.Index(expr, index);
      } else {
        return expr;
      }
    }
    return null;
  }

  /** {@code primary: functionCall | STRING | INTEGER} */
  private Expr primary() {
    skipSpace();
    if (i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    if (c == '\'') {
      return string();
    }
    if (c == '-' || isDigit(c)) {
      return integer();
    }
    return call();
  }

  /** {@code STRING: '\'' (~'\'' | '\'\'')* '\''}; a doubled quote stands for one quote. */
  private Expr string() {
    StringBuilder sb = new StringBuilder();
    int from = ++i;
    while (i < s.length()) {
      if (s.charAt(i) == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          sb.append(s, from, i + 1);
          i += 2;
          from = i;
          continue;
        }
        sb.append(s, from, i);
        i++;
        return new Expr.StringLiteral(sb.toString());
      }
      i++;
    }
    return null; // unterminated
  }

  /** {@code INTEGER: '-'? [0-9]+}, not followed by a letter (that would be two tokens in a row). */
  private Expr integer() {
    int from = i;
    if (s.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return null;
    }
    return new Expr.IntegerLiteral(new BigInteger(s.substring(from, i)));
  }

  /** {@code functionCall: IDENTIFIER ('.' IDENTIFIER)? '(' (value (',' value)*)? ')'} */
  private Expr call() {
    String first = identifier();
    if (first == null) {
      return null;
    }
    String namespace = null;
    String name = first;
    skipSpace();
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      skipSpace();
      name = identifier();
      if (name == null) {
        return null;
      }
      namespace = first;
    }
    if (!take('(')) {
      return null;
    }
    List<Expr> args = new ArrayList<>();
    skipSpace();
    if (i < s.length() && s.charAt(i) == ')') {
      i++;
      return new Expr.Call(namespace, name, args);
    }
    while (true) {
      Expr arg = value();
      if (arg == null) {
        return null;
      }
      args.add(arg);
      skipSpace();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
      } else if (take(')')) {
        return new Expr.Call(namespace, name, args);
      } else {
        return null;
      }
    }
  }

  /** {@code IDENTIFIER: [a-zA-Z_$] [a-zA-Z0-9_$\-]*}, or null. */
  private String identifier() {
    if (i >= s.length() || !isIdentifierStart(s.charAt(i))) {
      return null;
    }
    int from = i++;
    while (i < s.length() && (isIdentifierStart(s.charAt(i)) || isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return s.substring(from, i);
  }

  private boolean take(char c) {
    skipSpace();
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  /** {@code WS: [ \t\r\n]+ -> skip} */
  private void skipSpace() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      i++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }
}
