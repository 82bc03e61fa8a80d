package io.vnetlint.hcl.syntax;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser over the scanner's tokens: a port of hclsyntax's {@code parser.go} and {@code peeker.go}
 * with the same error messages, ranges and recovery (including the sticky "recovery" flag that silences follow-up
 * errors). Templates are handled by {@link TemplateParser}. Nesting deeper than {@link Limits#MAX_NESTING} becomes a
 * positioned error instead of a stack overflow.
 */
final class Parser {
  private final SourceText text;
  private final String src;
  private final TokenType[] types;
  private final int[] starts;
  private final int[] ends;
  private final int count;
  private final char[] chars;
  private final String path;
  private int[] sLine;
  private int[] sCol;
  private int[] eLine;
  private int[] eCol;
  private long[] sByte;
  private long[] eByte;

  private int nextIndex;
  private boolean[] newlines = new boolean[32];
  private int newlinesDepth;
  /** Set once any recovery happened; hclsyntax then suppresses "bad token" errors that recovery may cause. */
  boolean recovery;
  private int depth;
  private boolean depthReported;

  final List<Diagnostic> diags = new ArrayList<>();

  Parser(SourceText text, HclScanner.Tokens tokens) {
    this.text = text;
    this.src = text.text();
    this.types = tokens.types();
    this.starts = tokens.starts();
    this.ends = tokens.ends();
    this.count = tokens.count();
    this.path = text.path();
    this.chars = tokens.chars();
    computePositions();
    newlines[0] = true;
    newlinesDepth = 1;
  }

  // ================================================================== peeker

  /** The index of the next significant token; comments become newlines where newlines count. */
  private int peekIndex() {
    boolean nl = newlines[newlinesDepth - 1];
    for (int i = nextIndex; i < count; i++) {
      TokenType t = types[i];
      if (t == TokenType.COMMENT) {
        if (nl && ends[i] > starts[i] && src.charAt(ends[i] - 1) == '\n') {
          return i;
        }
        continue;
      }
      if (t == TokenType.NEWLINE && !nl) {
        continue;
      }
      return i;
    }
    return count - 1;
  }

  int peek() {
    return peekIndex();
  }

  int read() {
    int i = peekIndex();
    nextIndex = i == count - 1 && types[i] == TokenType.EOF ? count : i + 1;
    return i;
  }

  /** The type of token i as the parser sees it: a line comment returned by the peeker is a newline. */
  TokenType type(int i) {
    TokenType t = types[i];
    return t == TokenType.COMMENT ? TokenType.NEWLINE : t;
  }

  TokenType peekType() {
    return type(peekIndex());
  }

  int prevToken() {
    if (nextIndex == 0) {
      return 0;
    }
    return nextIndex - 1;
  }

  void pushNewlines(boolean include) {
    if (newlinesDepth == newlines.length) {
      newlines = Arrays.copyOf(newlines, newlinesDepth * 2);
    }
    newlines[newlinesDepth++] = include;
  }

  void popNewlines() {
    newlinesDepth--;
  }

  String tokenText(int i) {
    return src.substring(starts[i], ends[i]);
  }

  boolean isKeyword(int i, String keyword) {
    return types[i] == TokenType.IDENT && ends[i] - starts[i] == keyword.length()
        && src.startsWith(keyword, starts[i]);
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  // =================================================================== ranges
  //
  // Every token's start and end position (line, UTF-16 column, byte) is computed once, in one sweep over the text,
  // so building a node's range costs no scanning. Only offsets inside tokens (escape sequences, heredoc indentation)
  // go through SourceText.range.

  private void computePositions() {
    int n = count;
    sLine = new int[n];
    sCol = new int[n];
    eLine = new int[n];
    eCol = new int[n];
    sByte = new long[n];
    eByte = new long[n];
    boolean utf16 = text.encoding() == SourceText.Encoding.UTF16LE_BOM
        || text.encoding() == SourceText.Encoding.UTF16BE_BOM;
    int pos = 0;
    int line = 1;
    int lineStart = 0;
    long bytes = text.range(0, 0).startByte(); // the byte order mark, if any
    char[] cs = chars;
    int len = cs.length;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 2; k++) {
        int target = Math.min(k == 0 ? starts[i] : ends[i], len);
        while (pos < target) {
          char c = cs[pos];
          if (c < 0x80) {
            bytes += utf16 ? 2 : 1;
            if (c == '\n' || (c == '\r' && (pos + 1 >= len || cs[pos + 1] != '\n'))) {
              line++;
              lineStart = pos + 1;
            }
          } else if (utf16) {
            bytes += 2;
          } else if (c < 0x800) {
            bytes += 2;
          } else if (Character.isHighSurrogate(c)) {
            bytes += 4;
          } else if (!(Character.isLowSurrogate(c) && pos > 0 && Character.isHighSurrogate(cs[pos - 1]))) {
            bytes += 3;
          }
          pos++;
        }
        if (k == 0) {
          sLine[i] = line;
          sCol[i] = target - lineStart + 1;
          sByte[i] = bytes;
        } else {
          eLine[i] = line;
          eCol[i] = target - lineStart + 1;
          eByte[i] = bytes;
        }
      }
    }
  }

  /** The range of arbitrary character offsets (slow path, for offsets inside tokens). */
  SourceRange range(int start, int end) {
    return text.range(start, end);
  }

  SourceRange tokenRange(int i) {
    return new SourceRange(path, sLine[i], sCol[i], eLine[i], eCol[i], sByte[i], eByte[i]);
  }

  /** hcl.RangeBetween over two tokens; empty at the first one's start if the second ends before it. */
  SourceRange between(int fromToken, int toToken) {
    if (eByte[toToken] < sByte[fromToken]) {
      return new SourceRange(path, sLine[fromToken], sCol[fromToken], sLine[fromToken], sCol[fromToken],
          sByte[fromToken], sByte[fromToken]);
    }
    return new SourceRange(path, sLine[fromToken], sCol[fromToken], eLine[toToken], eCol[toToken], sByte[fromToken],
        eByte[toToken]);
  }

  SourceRange between(SourceRange from, SourceRange to) {
    if (to.endByte() < from.startByte()) {
      return new SourceRange(path, from.startLine(), from.startColumn(), from.startLine(), from.startColumn(),
          from.startByte(), from.startByte());
    }
    return new SourceRange(path, from.startLine(), from.startColumn(), to.endLine(), to.endColumn(),
        from.startByte(), to.endByte());
  }

  SourceRange between(SourceRange from, int toToken) {
    if (eByte[toToken] < from.startByte()) {
      return between(from, from);
    }
    return new SourceRange(path, from.startLine(), from.startColumn(), eLine[toToken], eCol[toToken],
        from.startByte(), eByte[toToken]);
  }

  SourceRange between(int fromToken, SourceRange to) {
    if (to.endByte() < sByte[fromToken]) {
      return between(fromToken, fromToken);
    }
    return new SourceRange(path, sLine[fromToken], sCol[fromToken], to.endLine(), to.endColumn(), sByte[fromToken],
        to.endByte());
  }

  /** An empty range at the end of r. */
  SourceRange endPoint(SourceRange r) {
    return new SourceRange(path, r.endLine(), r.endColumn(), r.endLine(), r.endColumn(), r.endByte(), r.endByte());
  }

  /** An empty range at the end of token i. */
  SourceRange endPoint(int i) {
    return new SourceRange(path, eLine[i], eCol[i], eLine[i], eCol[i], eByte[i], eByte[i]);
  }

  /** hcl.Range.String(), used inside some messages. */
  static String rangeString(SourceRange r) {
    if (r.startLine() == r.endLine()) {
      return r.file() + ":" + r.startLine() + "," + r.startColumn() + "-" + r.endColumn();
    }
    return r.file() + ":" + r.startLine() + "," + r.startColumn() + "-" + r.endLine() + "," + r.endColumn();
  }

  // ============================================================= diagnostics

  void error(String summary, String detail, SourceRange subject) {
    diags.add(Diagnostic.error(HclParser.DIAGNOSTIC_CODE, summary + "; " + detail, subject));
  }

  void error(String summary, String detail, int token) {
    error(summary, detail, tokenRange(token));
  }

  private boolean enter() {
    depth++;
    if (depth > Limits.MAX_NESTING) {
      if (!depthReported) {
        depthReported = true;
        error("Nesting too deep", "This file nests blocks or expressions more than " + Limits.MAX_NESTING
            + " levels deep, which is not supported.", peek());
      }
      recovery = true;
      return false;
    }
    return true;
  }

  private void leave() {
    depth--;
  }

  // ==================================================================== body

  Body parseBody(TokenType end) {
    List<BodyItem> items = new ArrayList<>();
    Map<String, Attribute> attrs = new HashMap<>();
    int startToken = prevToken();
    int endToken;

    if (!enter()) {
      endToken = recover(end);
      leave();
      return new Body(List.of(), between(startToken, endToken), endPoint(tokenRange(endToken)));
    }
    try {
      while (true) {
        int next = peek();
        TokenType t = type(next);
        if (t == end) {
          endToken = next;
          read();
          break;
        }
        if (t == TokenType.NEWLINE) {
          read();
          continue;
        }
        if (t == TokenType.IDENT) {
          BodyItem item = parseBodyItem();
          if (item instanceof Block b) {
            items.add(b);
          } else if (item instanceof Attribute a) {
            Attribute existing = attrs.get(a.name());
            if (existing != null) {
              error("Attribute redefined", "The argument " + TextUtil.goQuote(a.name()) + " was already set at "
                  + rangeString(existing.nameRange()) + ". Each argument may be set only once.", a.nameRange());
            } else {
              attrs.put(a.name(), a);
              items.add(a);
            }
          }
          continue;
        }
        int bad = read();
        if (!recovery) {
          switch (type(bad)) {
            case O_QUOTE -> error("Invalid argument name", "Argument names must not be quoted.", bad);
            case EOF -> {
              if (end == TokenType.C_BRACE) {
                error("Unclosed configuration block", "There is no closing brace for this block before the end of "
                    + "the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                    tokenRange(startToken));
              } else {
                error("Unclosed configuration body",
                    "Found end of file before the end of this configuration body.", tokenRange(startToken));
              }
            }
            default -> error("Argument or block definition required",
                "An argument or block definition is required here.", bad);
          }
        }
        endToken = prevToken();
        recover(end);
        break;
      }
    } finally {
      leave();
    }
    SourceRange endRange = tokenRange(endToken);
    return new Body(items, between(startToken, endToken), endPoint(endRange));
  }

  private BodyItem parseBodyItem() {
    int ident = read();
    if (type(ident) != TokenType.IDENT) {
      recoverAfterBodyItem();
      error("Argument or block definition required", "An argument or block definition is required here.", ident);
      return null;
    }
    switch (peekType()) {
      case EQUAL -> {
        return finishParsingBodyAttribute(ident, false);
      }
      case O_QUOTE, O_BRACE, IDENT -> {
        return finishParsingBodyBlock(ident);
      }
      default -> {
        recoverAfterBodyItem();
        error("Argument or block definition required", "An argument or block definition is required here. "
            + "To set an argument, use the equals sign \"=\" to introduce the argument value.", ident);
        return null;
      }
    }
  }

  /** The body of a one-line block such as {@code foo { bar = baz }}: exactly one attribute. */
  private Body parseSingleAttrBody() {
    int ident = read();
    if (type(ident) != TokenType.IDENT) {
      recoverAfterBodyItem();
      error("Argument or block definition required", "An argument or block definition is required here.", ident);
      return null;
    }
    int next = peek();
    switch (type(next)) {
      case EQUAL -> {
        Attribute attr = finishParsingBodyAttribute(ident, true);
        return new Body(List.of(attr), attr.range(), endPoint(attr.range()));
      }
      case O_QUOTE, O_BRACE, IDENT -> {
        recoverAfterBodyItem();
        error("Argument definition required", "A single-line block definition can contain only a single "
            + "argument. If you meant to define argument " + TextUtil.goQuote(tokenText(ident)) + ", use an equals "
            + "sign to assign it a value. To define a nested block, place it on a line of its own within its "
            + "parent block.", between(ident, next));
        return null;
      }
      default -> {
        recoverAfterBodyItem();
        error("Argument or block definition required", "An argument or block definition is required here. "
            + "To set an argument, use the equals sign \"=\" to introduce the argument value.", ident);
        return null;
      }
    }
  }

  private Attribute finishParsingBodyAttribute(int ident, boolean singleLine) {
    int eq = read();
    int endToken;
    int mark = diags.size();
    Expression expr = parseExpression();
    if (recovery && diags.size() > mark) {
      endToken = prevToken();
      recoverAfterBodyItem();
    } else {
      endToken = prevToken();
      if (!singleLine) {
        int end = peek();
        TokenType t = type(end);
        if (t != TokenType.NEWLINE && t != TokenType.EOF) {
          if (!recovery) {
            String summary = "Missing newline after argument";
            String detail = "An argument definition must end with a newline.";
            if (t == TokenType.COMMA) {
              summary = "Unexpected comma after argument";
              detail = "Argument definitions must be separated by newlines, not commas. " + detail;
            }
            error(summary, detail, end);
          }
          endToken = prevToken();
          recoverAfterBodyItem();
        } else {
          endToken = prevToken();
          read();
        }
      }
    }
    return new Attribute(tokenText(ident), expr, tokenRange(ident), tokenRange(eq), between(ident, endToken));
  }

  private Block finishParsingBodyBlock(int ident) {
    String blockType = tokenText(ident);
    List<BlockLabel> labels = new ArrayList<>();
    int oBrace;
    while (true) {
      int tok = peek();
      TokenType t = type(tok);
      if (t == TokenType.O_BRACE) {
        oBrace = read();
        break;
      }
      if (t == TokenType.O_QUOTE) {
        labels.add(parseQuotedStringLiteral());
        continue;
      }
      if (t == TokenType.IDENT) {
        read();
        labels.add(new BlockLabel(tokenText(tok), tokenRange(tok)));
        continue;
      }
      if (t == TokenType.EQUAL) {
        error("Invalid block definition", "The equals sign \"=\" indicates an argument definition, and must not be "
            + "used when defining a block.", tok);
      } else if (t == TokenType.NEWLINE) {
        error("Invalid block definition", "A block definition must have block content delimited by \"{\" and "
            + "\"}\", starting on the same line as the block header.", tok);
      } else if (!recovery) {
        error("Invalid block definition",
            "Either a quoted string block label or an opening brace (\"{\") is expected here.", tok);
      }
      recoverAfterBodyItem();
      SourceRange identRange = tokenRange(ident);
      SourceRange endRange = labels.isEmpty() ? identRange : labels.get(labels.size() - 1).range();
      return new Block(blockType, labels, new Body(List.of(), identRange, identRange), identRange, identRange,
          endRange, between(identRange, endRange));
    }

    Body body;
    switch (peekType()) {
      case NEWLINE, EOF, C_BRACE -> body = parseBody(TokenType.C_BRACE);
      default -> {
        int mark = diags.size();
        body = parseSingleAttrBody();
        int afterBody = diags.size();
        int next = peek();
        switch (type(next)) {
          case C_BRACE -> read();
          case COMMA -> {
            error("Invalid single-argument block definition", "Single-line block syntax can include only one "
                + "argument definition. To define multiple arguments, use the multi-line block syntax with one "
                + "argument definition per line.", next);
            recover(TokenType.C_BRACE);
          }
          case NEWLINE -> {
            error("Invalid single-argument block definition", "An argument definition on the same line as its "
                + "containing block creates a single-line block definition, which must also be closed on the same "
                + "line. Place the block's closing brace immediately after the argument definition.", next);
            recover(TokenType.C_BRACE);
          }
          default -> {
            if (!recovery) {
              if (type(next) == TokenType.EOF) {
                error("Unclosed configuration block", "There is no closing brace for this block before the end of "
                    + "the file. This may be caused by incorrect brace nesting elsewhere in this file.", oBrace);
              } else {
                error("Invalid single-argument block definition", "A single-line block definition must end with a "
                    + "closing brace immediately after its single argument definition.", next);
              }
            }
            recover(TokenType.C_BRACE);
          }
        }
        // hclsyntax reports the body's own problems after the closing problem.
        moveToEnd(mark, afterBody);
      }
    }
    int cBrace = prevToken();

    int eol = peek();
    TokenType eolType = type(eol);
    if (eolType == TokenType.NEWLINE || eolType == TokenType.EOF) {
      read();
    } else {
      if (!recovery) {
        error("Missing newline after block definition", "A block definition must end with a newline.", eol);
      }
      recoverAfterBodyItem();
    }

    if (body == null) {
      body = new Body(List.of(), between(oBrace, cBrace), tokenRange(cBrace));
    }
    SourceRange typeRange = tokenRange(ident);
    SourceRange cBraceRange = tokenRange(cBrace);
    return new Block(blockType, labels, body, typeRange, tokenRange(oBrace), cBraceRange,
        between(typeRange, cBraceRange));
  }

  private void moveToEnd(int from, int to) {
    if (to > from && diags.size() > to) {
      List<Diagnostic> moved = new ArrayList<>(diags.subList(from, to));
      diags.subList(from, to).clear();
      diags.addAll(moved);
    }
  }

  // ============================================================= expressions

  /**
   * An expression: hclsyntax's {@code ParseExpression} and {@code parseTernaryConditional} in one method, to keep
   * few stack frames per nesting level.
   */
  Expression parseExpression() {
    if (!enter()) {
      leave();
      return new ExprSyntaxError(tokenRange(peek()));
    }
    try {
      int startToken = peek();
      int mark = diags.size();
      Expression cond = parseBinaryOps(1);
      if (recovery && diags.size() > mark) {
        return cond;
      }
      if (peekType() != TokenType.QUESTION) {
        return cond;
      }
      read();
      mark = diags.size();
      Expression trueExpr = parseExpression();
      if (recovery && diags.size() > mark) {
        return cond;
      }
      int colon = peek();
      if (type(colon) != TokenType.COLON) {
        error("Missing false expression in conditional",
            "The conditional operator (...?...:...) requires a false expression, delimited by a colon.", colon);
        return cond;
      }
      read();
      mark = diags.size();
      Expression falseExpr = parseExpression();
      if (recovery && diags.size() > mark) {
        return cond;
      }
      return new ConditionalExpr(cond, trueExpr, falseExpr, between(startToken, falseExpr.range()));
    } finally {
      leave();
    }
  }

  private static BinaryOperator binaryOperator(TokenType t) {
    return switch (t) {
      case OR -> BinaryOperator.OR;
      case AND -> BinaryOperator.AND;
      case EQUAL_OP -> BinaryOperator.EQUAL;
      case NOT_EQUAL -> BinaryOperator.NOT_EQUAL;
      case GREATER_THAN -> BinaryOperator.GREATER_THAN;
      case GREATER_THAN_EQ -> BinaryOperator.GREATER_THAN_OR_EQUAL;
      case LESS_THAN -> BinaryOperator.LESS_THAN;
      case LESS_THAN_EQ -> BinaryOperator.LESS_THAN_OR_EQUAL;
      case PLUS -> BinaryOperator.ADD;
      case MINUS -> BinaryOperator.SUBTRACT;
      case STAR -> BinaryOperator.MULTIPLY;
      case SLASH -> BinaryOperator.DIVIDE;
      case PERCENT -> BinaryOperator.MODULO;
      default -> null;
    };
  }

  /**
   * Precedence climbing; it builds the same left-associative trees as hclsyntax's one-function-per-level
   * {@code parseBinaryOps}, and like it, after an error in recovery mode returns the left operand parsed so far.
   */
  private Expression parseBinaryOps(int minPrecedence) {
    int mark = diags.size();
    Expression lhs = parseExpressionTraversals(parseExpressionTerm());
    if (recovery && diags.size() > mark) {
      return lhs;
    }
    while (true) {
      BinaryOperator op = binaryOperator(peekType());
      if (op == null || op.precedence() < minPrecedence) {
        return lhs;
      }
      read();
      int rhsMark = diags.size();
      Expression rhs = parseBinaryOps(op.precedence() + 1);
      if (recovery && diags.size() > rhsMark) {
        return lhs;
      }
      lhs = new BinaryOpExpr(lhs, op, rhs, between(lhs.range(), rhs.range()));
    }
  }

  private Expression parseExpressionTraversals(Expression from) {
    Expression ret = from;
    traversal:
    while (true) {
      int next = peek();
      switch (type(next)) {
        case DOT -> {
          int dot = read();
          int attrTok = peek();
          switch (type(attrTok)) {
            case IDENT -> {
              read();
              SourceRange rng = between(dot, attrTok);
              ret = makeRelativeTraversal(ret, new TraverseAttr(tokenText(attrTok), rng));
            }
            case NUMBER_LIT -> {
              int numTok = read();
              String num = tokenText(numTok);
              int dotIdx = num.indexOf('.');
              SourceRange rng = between(dot, numTok);
              if (dotIdx >= 0) {
                error("Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes "
                    + "together is not permitted. Use the proper index syntax instead, like [" + num.substring(0,
                    dotIdx) + "][" + num.substring(dotIdx + 1) + "].", numTok);
                ret = makeRelativeTraversal(ret, new TraverseIndex(null, true, rng));
              } else {
                ret = makeRelativeTraversal(ret, new TraverseIndex(numberKey(numTok), true, rng));
              }
            }
            case STAR -> {
              int marker = read();
              List<Traverser> trav = new ArrayList<>();
              int firstToken = peek();
              int lastToken = marker;
              boolean abandoned = false;
              while (peekType() == TokenType.DOT) {
                int innerDot = read();
                if (peekType() == TokenType.NUMBER_LIT) {
                  int numTok = read();
                  String num = tokenText(numTok);
                  int dotIdx = num.indexOf('.');
                  if (dotIdx >= 0) {
                    error("Invalid legacy index syntax", "When using the legacy index syntax, chaining two indexes "
                        + "together is not permitted. Use the proper index syntax with a full splat expression [*] "
                        + "instead, like [" + num.substring(0, dotIdx) + "][" + num.substring(dotIdx + 1) + "].",
                        attrTok);
                    trav.add(new TraverseIndex(null, true, between(innerDot, numTok)));
                  } else {
                    trav.add(new TraverseIndex(numberKey(numTok), true, between(innerDot, numTok)));
                  }
                  lastToken = numTok;
                  continue;
                }
                if (peekType() != TokenType.IDENT) {
                  if (!recovery) {
                    if (peekType() == TokenType.STAR) {
                      error("Nested splat expression not allowed",
                          "A splat expression (*) cannot be used inside another attribute-only splat expression.",
                          peek());
                    } else {
                      error("Invalid attribute name", "An attribute name is required after a dot.", attrTok);
                    }
                  }
                  recovery = true;
                  abandoned = true;
                  break;
                }
                int name = read();
                trav.add(new TraverseAttr(tokenText(name), between(innerDot, name)));
                lastToken = name;
              }
              if (abandoned) {
                continue traversal;
              }
              AnonSymbolExpr item = new AnonSymbolExpr(between(dot, marker));
              Expression each = trav.isEmpty()
                  ? item
                  : new RelativeTraversalExpr(item, trav, between(firstToken, lastToken));
              ret = new SplatExpr(ret, each, item, true, between(dot, marker), between(from.range(), lastToken));
            }
            default -> {
              error("Invalid attribute name", "An attribute name is required after a dot.", attrTok);
              ret = new ExprSyntaxError(between(from.range(), dot));
              recovery = true;
            }
          }
        }
        case O_BRACK -> {
          int open = read();
          if (peekType() == TokenType.STAR) {
            read();
            int close = read();
            if (type(close) != TokenType.C_BRACK && !recovery) {
              // hclsyntax takes &close.Range and then reassigns close: the subject is where recovery stopped.
              close = recover(TokenType.C_BRACK);
              error("Missing close bracket on splat index",
                  "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").",
                  close);
            }
            AnonSymbolExpr item = new AnonSymbolExpr(between(open, close));
            Expression each;
            if (enter()) {
              try {
                each = parseExpressionTraversals(item);
              } finally {
                leave();
              }
            } else {
              leave();
              each = item;
            }
            ret = new SplatExpr(ret, each, item, false, between(open, close), between(from.range(), each.range()));
          } else {
            int close;
            pushNewlines(false);
            int mark = diags.size();
            Expression key = parseExpression();
            if (recovery && diags.size() > mark) {
              close = recover(TokenType.C_BRACK);
            } else {
              close = read();
              if (type(close) != TokenType.C_BRACK && !recovery) {
                close = recover(TokenType.C_BRACK); // the subject is where recovery stopped, as in hclsyntax
                error("Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").",
                    close);
              }
            }
            popNewlines();
            SourceRange rng = between(open, close);
            if (key instanceof LiteralValue lit) {
              ret = makeRelativeTraversal(ret, new TraverseIndex(lit, false, rng));
            } else if (key instanceof TemplateExpr tmpl && tmpl.isStringLiteral()) {
              LiteralValue lit = new LiteralValue(tmpl.literalValue(), tmpl.range());
              ret = makeRelativeTraversal(ret, new TraverseIndex(lit, false, rng));
            } else {
              ret = new IndexExpr(ret, key, tokenRange(open), rng, between(from.range(), rng));
            }
          }
        }
        default -> {
          break traversal;
        }
      }
    }
    return ret;
  }

  private Expression makeRelativeTraversal(Expression expr, Traverser next) {
    if (expr instanceof ScopeTraversalExpr s) {
      List<Traverser> steps = new ArrayList<>(s.traversal().size() + 1);
      steps.addAll(s.traversal());
      steps.add(next);
      return new ScopeTraversalExpr(s.rootName(), s.rootRange(), steps, between(s.range(), next.range()));
    }
    if (expr instanceof RelativeTraversalExpr r) {
      List<Traverser> steps = new ArrayList<>(r.traversal().size() + 1);
      steps.addAll(r.traversal());
      steps.add(next);
      return new RelativeTraversalExpr(r.source(), steps, between(r.range(), next.range()));
    }
    return new RelativeTraversalExpr(expr, List.of(next), between(expr.range(), next.range()));
  }

  /** A term; each recursive kind has its own method so that this frame, on every nesting level, stays small. */
  private Expression parseExpressionTerm() {
    int start = peek();
    return switch (type(start)) {
      case O_PAREN -> parseParentheses();
      case NUMBER_LIT -> {
        read();
        LiteralValue lit = numberKey(start);
        yield lit != null ? lit : new ExprSyntaxError(tokenRange(start));
      }
      case IDENT -> parseIdentifierTerm();
      case O_QUOTE, O_HEREDOC -> parseTemplate();
      case MINUS, BANG -> parseUnary();
      case O_BRACK -> parseTupleCons();
      case O_BRACE -> parseObjectCons();
      default -> {
        if (!recovery) {
          if (type(start) == TokenType.EOF) {
            error("Missing expression", "Expected the start of an expression, but found the end of the file.", start);
          } else {
            error("Invalid expression", "Expected the start of an expression, but found an invalid expression token.",
                start);
          }
        }
        recovery = true;
        yield new ExprSyntaxError(tokenRange(start));
      }
    };
  }

  private Expression parseParentheses() {
    int oParen = read();
    pushNewlines(false);
    int mark = diags.size();
    Expression expr = parseExpression();
    if (diags.size() > mark) {
      recover(TokenType.C_PAREN);
      popNewlines();
      return expr;
    }
    int close = peek();
    if (type(close) != TokenType.C_PAREN) {
      error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", close);
      recovery = true;
    }
    int cParen = read();
    popNewlines();
    return new ParenthesesExpr(expr, between(oParen, cParen));
  }

  private Expression parseIdentifierTerm() {
    int tok = read();
    TokenType after = peekType();
    if (after == TokenType.O_PAREN || after == TokenType.DOUBLE_COLON) {
      return finishParsingFunctionCall(tok);
    }
    String name = tokenText(tok);
    return switch (name) {
      case "true" -> new LiteralValue(Boolean.TRUE, tokenRange(tok));
      case "false" -> new LiteralValue(Boolean.FALSE, tokenRange(tok));
      case "null" -> new LiteralValue(null, tokenRange(tok));
      default -> {
        SourceRange r = tokenRange(tok);
        yield new ScopeTraversalExpr(name, r, List.of(), r);
      }
    };
  }

  private Expression parseTemplate() {
    int open = read();
    TokenType closer = type(open) == TokenType.O_QUOTE ? TokenType.C_QUOTE : TokenType.C_HEREDOC;
    boolean flush = type(open) == TokenType.O_HEREDOC && src.startsWith("<<-", starts[open]);
    TemplateParser.Result r = new TemplateParser(this).parseTemplateInner(closer, flush);
    SourceRange range = between(open, prevToken());
    if (r.passthrough() != null) {
      return new TemplateWrapExpr(r.passthrough(), range);
    }
    return new TemplateExpr(r.parts(), range);
  }

  private Expression parseUnary() {
    int tok = read();
    UnaryOperator op = type(tok) == TokenType.MINUS ? UnaryOperator.NEGATE : UnaryOperator.LOGICAL_NOT;
    Expression operand;
    if (enter()) {
      try {
        operand = parseExpressionTraversals(parseExpressionTerm());
      } finally {
        leave();
      }
    } else {
      leave();
      operand = new ExprSyntaxError(tokenRange(peek()));
    }
    return new UnaryOpExpr(op, operand, tokenRange(tok), between(tok, operand.range()));
  }

  /** The value of a number token, or null after reporting an invalid number. */
  private LiteralValue numberKey(int tok) {
    String digits = tokenText(tok);
    try {
      return new LiteralValue(new BigDecimal(digits), tokenRange(tok));
    } catch (NumberFormatException e) {
      error("Invalid number literal", "Failed to recognize the value of this number literal.", tok);
      return null;
    }
  }

  private Expression finishParsingFunctionCall(int name) {
    int openTok = read();
    StringBuilder nameStr = new StringBuilder(tokenText(name));
    int nameEndToken = name;
    while (type(openTok) == TokenType.DOUBLE_COLON) {
      int nextName = read();
      if (type(nextName) != TokenType.IDENT) {
        error("Missing function name",
            "Function scope resolution symbol :: must be followed by a function name in this scope.", nextName);
        recoverOver(TokenType.O_PAREN);
        return new ExprSyntaxError(between(name, nextName));
      }
      nameStr.append("::").append(tokenText(nextName));
      nameEndToken = nextName;
      openTok = read();
    }
    SourceRange nameRange = between(name, nameEndToken);
    if (type(openTok) != TokenType.O_PAREN) {
      error("Missing open parenthesis",
          "Function selector must be followed by an open parenthesis to begin the function call.", openTok);
      recoverOver(TokenType.O_PAREN);
      return new ExprSyntaxError(between(name, openTok));
    }

    List<Expression> args = new ArrayList<>();
    boolean expandFinal = false;
    int closeTok = -1;
    pushNewlines(false);
    while (true) {
      int tok = peek();
      if (type(tok) == TokenType.C_PAREN) {
        closeTok = read();
        break;
      }
      int mark = diags.size();
      Expression arg = parseExpression();
      args.add(arg);
      if (recovery && diags.size() > mark) {
        int recovered = recover(TokenType.C_PAREN);
        closeTok = recovered; // hclsyntax keeps a zero range when this is EOF; we point at EOF instead
        break;
      }
      int sep = read();
      TokenType sepType = type(sep);
      if (sepType == TokenType.C_PAREN) {
        closeTok = sep;
        break;
      }
      if (sepType == TokenType.ELLIPSIS) {
        expandFinal = true;
        if (peekType() != TokenType.C_PAREN) {
          if (!recovery) {
            error("Missing closing parenthesis", "An expanded function argument (with ...) must be immediately "
                + "followed by closing parentheses.", sep);
          }
          closeTok = recover(TokenType.C_PAREN);
        } else {
          closeTok = read();
        }
        break;
      }
      if (sepType != TokenType.COMMA) {
        if (sepType == TokenType.EOF) {
          error("Unterminated function call", "There is no closing parenthesis for this function call before the "
              + "end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
              between(name, openTok));
        } else {
          error("Missing argument separator", "A comma is required to separate each function argument from the "
              + "next.", sep);
        }
        closeTok = recover(TokenType.C_PAREN);
        break;
      }
      if (peekType() == TokenType.C_PAREN) {
        closeTok = read();
        break;
      }
    }
    popNewlines();
    return new FunctionCallExpr(nameStr.toString(), args, expandFinal, nameRange, tokenRange(openTok),
        tokenRange(closeTok), between(nameRange, closeTok));
  }

  private Expression parseTupleCons() {
    int open = read();
    pushNewlines(false);
    try {
      if (isKeyword(peek(), "for")) {
        return finishParsingForExpr(open);
      }
      int close;
      List<Expression> exprs = new ArrayList<>();
      while (true) {
        int next = peek();
        if (type(next) == TokenType.C_BRACK) {
          close = read();
          break;
        }
        int mark = diags.size();
        Expression expr = parseExpression();
        exprs.add(expr);
        if (recovery && diags.size() > mark) {
          close = recover(TokenType.C_BRACK);
          break;
        }
        next = peek();
        if (type(next) == TokenType.C_BRACK) {
          close = read();
          break;
        }
        if (type(next) != TokenType.COMMA) {
          if (!recovery) {
            if (type(next) == TokenType.EOF) {
              error("Unterminated tuple constructor expression", "There is no corresponding closing bracket before "
                  + "the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
                  open);
            } else {
              error("Missing item separator", "Expected a comma to mark the beginning of the next item.", next);
            }
          }
          close = recover(TokenType.C_BRACK);
          break;
        }
        read();
      }
      return new TupleConsExpr(exprs, tokenRange(open), between(open, close));
    } finally {
      popNewlines();
    }
  }

  private Expression parseObjectCons() {
    int open = read();
    pushNewlines(false);
    boolean isFor = isKeyword(peek(), "for");
    popNewlines();
    if (isFor) {
      return finishParsingForExpr(open);
    }
    pushNewlines(true);
    try {
      int close;
      List<ObjectConsItem> items = new ArrayList<>();
      while (true) {
        int next = peek();
        if (type(next) == TokenType.NEWLINE) {
          read();
          continue;
        }
        if (type(next) == TokenType.C_BRACE) {
          close = read();
          break;
        }
        boolean forceNonLiteral = type(next) == TokenType.O_PAREN;
        int mark = diags.size();
        Expression keyExpr = parseExpression();
        if (recovery && diags.size() > mark) {
          close = recover(TokenType.C_BRACE);
          break;
        }
        ObjectConsKeyExpr key = new ObjectConsKeyExpr(keyExpr, forceNonLiteral);
        next = peek();
        TokenType t = type(next);
        if (t != TokenType.EQUAL && t != TokenType.COLON) {
          if (!recovery) {
            switch (t) {
              case NEWLINE, COMMA -> error("Missing attribute value",
                  "Expected an attribute value, introduced by an equals sign (\"=\").", next);
              case IDENT -> error("Missing key/value separator", "Expected an equals sign (\"=\") to mark the "
                  + "beginning of the attribute value. If you intended to given an attribute name containing periods "
                  + "or spaces, write the name in quotes to create a string literal.", next);
              case EOF -> error("Unterminated object constructor expression", "There is no corresponding closing "
                  + "brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in "
                  + "this file.", open);
              default -> error("Missing key/value separator",
                  "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", next);
            }
          }
          close = recover(TokenType.C_BRACE);
          break;
        }
        read();
        mark = diags.size();
        Expression value = parseExpression();
        items.add(new ObjectConsItem(key, value));
        if (recovery && diags.size() > mark) {
          close = recover(TokenType.C_BRACE);
          break;
        }
        next = peek();
        t = type(next);
        if (t == TokenType.C_BRACE) {
          close = read();
          break;
        }
        if (t != TokenType.COMMA && t != TokenType.NEWLINE) {
          if (!recovery) {
            if (t == TokenType.EOF) {
              error("Unterminated object constructor expression", "There is no corresponding closing brace before "
                  + "the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.", open);
            } else {
              error("Missing attribute separator",
                  "Expected a newline or comma to mark the beginning of the next attribute.", next);
            }
          }
          close = recover(TokenType.C_BRACE);
          break;
        }
        read();
      }
      return new ObjectConsExpr(items, tokenRange(open), between(open, close));
    } finally {
      popNewlines();
    }
  }

  private Expression finishParsingForExpr(int open) {
    pushNewlines(false);
    try {
      read(); // "for"
      boolean makeObj = type(open) == TokenType.O_BRACE;
      TokenType closeType = makeObj ? TokenType.C_BRACE : TokenType.C_BRACK;
      String keyName = null;
      String valName;
      if (peekType() != TokenType.IDENT) {
        return forError("For expression requires variable name after 'for'.", open, closeType);
      }
      valName = tokenText(read());
      if (peekType() == TokenType.COMMA) {
        keyName = valName;
        read();
        if (peekType() != TokenType.IDENT) {
          return forError("For expression requires value variable name after comma.", open, closeType);
        }
        valName = tokenText(read());
      }
      if (!isKeyword(peek(), "in")) {
        return forError("For expression requires the 'in' keyword after its name declarations.", open, closeType);
      }
      read();
      int mark = diags.size();
      Expression coll = parseExpression();
      if (recovery && diags.size() > mark) {
        int close = recover(closeType);
        return new ExprSyntaxError(between(open, close));
      }
      if (peekType() != TokenType.COLON) {
        return forError("For expression requires a colon after the collection expression.", open, closeType);
      }
      read();
      Expression keyExpr = null;
      int valMark = diags.size();
      Expression valExpr = parseExpression();
      boolean keyErr = false;
      boolean valErr = diags.size() > valMark;
      if (peekType() == TokenType.FAT_ARROW) {
        read();
        keyExpr = valExpr;
        keyErr = valErr;
        valMark = diags.size();
        valExpr = parseExpression();
        valErr = diags.size() > valMark;
      }
      if (recovery && (keyErr || valErr)) {
        int close = recover(closeType);
        return new ExprSyntaxError(between(open, close));
      }
      boolean group = false;
      int ellipsis = -1;
      if (peekType() == TokenType.ELLIPSIS) {
        ellipsis = read();
        group = true;
      }
      Expression condExpr = null;
      if (isKeyword(peek(), "if")) {
        read();
        mark = diags.size();
        condExpr = parseExpression();
        if (recovery && diags.size() > mark) {
          int close = recover(closeType);
          return new ExprSyntaxError(between(open, close));
        }
      }
      int close;
      if (peekType() == closeType) {
        close = read();
      } else {
        if (!recovery) {
          error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", peek());
        }
        close = recover(closeType);
      }
      if (!makeObj) {
        if (keyExpr != null) {
          error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpr.range());
        }
        if (group) {
          error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.",
              ellipsis);
        }
      } else if (keyExpr == null) {
        error("Invalid 'for' expression", "Key expression is required when building an object.", valExpr.range());
      }
      return new ForExpr(keyName, valName, coll, keyExpr, valExpr, condExpr, group, tokenRange(open),
          tokenRange(close), between(open, close));
    } finally {
      popNewlines();
    }
  }

  private Expression forError(String detail, int open, TokenType closeType) {
    if (!recovery) {
      error("Invalid 'for' expression", detail, peek());
    }
    int close = recover(closeType);
    return new ExprSyntaxError(between(open, close));
  }

  /** A quoted string without template sequences (block labels). */
  private BlockLabel parseQuotedStringLiteral() {
    int oQuote = read();
    if (type(oQuote) != TokenType.O_QUOTE) {
      error("Invalid string literal", "A quoted string is required here.", oQuote);
      return new BlockLabel("", tokenRange(oQuote));
    }
    StringBuilder ret = new StringBuilder();
    int endToken;
    while (true) {
      int tok = read();
      TokenType t = type(tok);
      if (t == TokenType.C_QUOTE) {
        endToken = tok;
        break;
      }
      if (t == TokenType.QUOTED_LIT) {
        ret.append(parseStringLiteralToken(tok, true));
        continue;
      }
      if (t == TokenType.TEMPLATE_CONTROL || t == TokenType.TEMPLATE_INTERP) {
        String which = t == TokenType.TEMPLATE_CONTROL ? "%" : "$";
        error("Invalid string literal", "Template sequences are not allowed in this string. To include a literal "
            + TextUtil.goQuote(which) + ", double it (as \"" + which + which + "\") to escape it.", tok);
        ret.append(which).append("{ ... }");
        recover(TokenType.TEMPLATE_SEQ_END);
        continue;
      }
      if (t == TokenType.EOF) {
        error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.",
            tok);
        endToken = tok;
        break;
      }
      error("Invalid string literal", "This item is not valid in a string literal.", tok);
      recover(TokenType.C_QUOTE);
      endToken = tok;
      break;
    }
    return new BlockLabel(ret.toString(), between(oQuote, endToken));
  }

  /**
   * Resolves the escapes of a literal token: in quoted strings {@code \n \r \t \" \\ \\uNNNN \\UNNNNNNNN}, in both
   * kinds {@code $${} and {@code %%{}. Invalid escapes are reported at their exact range.
   */
  String parseStringLiteralToken(int tok, boolean quoted) {
    int from = starts[tok];
    int to = ends[tok];
    StringBuilder ret = null;
    int i = from;
    int copied = from;
    while (i < to) {
      char c = src.charAt(i);
      if (c == '\\' && quoted) {
        if (ret == null) {
          ret = new StringBuilder(to - from);
        }
        ret.append(src, copied, i);
        if (i + 1 >= to) {
          error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.",
              range(i, i + 1));
          ret.append('\\');
          i++;
          copied = i;
          continue;
        }
        char sel = src.charAt(i + 1);
        switch (sel) {
          case 'n' -> ret.append('\n');
          case 'r' -> ret.append('\r');
          case 't' -> ret.append('\t');
          case '"' -> ret.append('"');
          case '\\' -> ret.append('\\');
          case 'u', 'U' -> {
            int max = sel == 'u' ? 4 : 8;
            int j = i + 2;
            while (j < to && j - (i + 2) < max && isHex(src.charAt(j))) {
              j++;
            }
            if (j - (i + 2) != max) {
              error("Invalid escape sequence", sel == 'u'
                  ? "The \\u escape sequence must be followed by four hexadecimal digits."
                  : "The \\U escape sequence must be followed by eight hexadecimal digits.", range(i, j));
              ret.append(src, i, j);
            } else {
              long cp = Long.parseLong(src.substring(i + 2, j), 16);
              if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                error("Invalid escape sequence", String.format("Cannot encode character U+%04x in UTF-8.", cp),
                    range(i, j));
                ret.append(src, i, j);
              } else {
                ret.appendCodePoint((int) cp);
              }
            }
            i = j;
            copied = i;
            continue;
          }
          default -> {
            int len = Character.isHighSurrogate(sel) && i + 2 < to ? 2 : 1;
            String symbol = src.substring(i + 1, i + 1 + len);
            error("Invalid escape sequence",
                "The symbol " + TextUtil.goQuote(symbol) + " is not a valid escape sequence selector.",
                range(i, i + 1 + len));
            ret.append(symbol);
            i += 1 + len;
            copied = i;
            continue;
          }
        }
        i += 2;
        copied = i;
        continue;
      }
      if ((c == '$' || c == '%') && i + 2 < to && src.charAt(i + 1) == c && src.charAt(i + 2) == '{') {
        if (ret == null) {
          ret = new StringBuilder(to - from);
        }
        ret.append(src, copied, i).append(c).append('{');
        i += 3;
        copied = i;
        continue;
      }
      i++;
    }
    if (ret == null) {
      return src.substring(from, to);
    }
    return ret.append(src, copied, to).toString();
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // ================================================================ recovery

  private static TokenType opposite(TokenType t) {
    return switch (t) {
      case O_BRACE -> TokenType.C_BRACE;
      case O_BRACK -> TokenType.C_BRACK;
      case O_PAREN -> TokenType.C_PAREN;
      case O_QUOTE -> TokenType.C_QUOTE;
      case O_HEREDOC -> TokenType.C_HEREDOC;
      case C_BRACE -> TokenType.O_BRACE;
      case C_BRACK -> TokenType.O_BRACK;
      case C_PAREN -> TokenType.O_PAREN;
      case C_QUOTE -> TokenType.O_QUOTE;
      case C_HEREDOC -> TokenType.O_HEREDOC;
      case TEMPLATE_CONTROL, TEMPLATE_INTERP -> TokenType.TEMPLATE_SEQ_END;
      case TEMPLATE_SEQ_END -> TokenType.TEMPLATE_INTERP;
      default -> TokenType.NIL;
    };
  }

  /** Skips to the token {@code end} that closes the current bracket, counting nested pairs; returns it (or EOF). */
  int recover(TokenType end) {
    TokenType start = opposite(end);
    recovery = true;
    int nest = 0;
    while (true) {
      int tok = read();
      TokenType ty = type(tok);
      if (end == TokenType.TEMPLATE_SEQ_END && ty == TokenType.TEMPLATE_CONTROL) {
        ty = TokenType.TEMPLATE_INTERP;
      }
      if (ty == start) {
        nest++;
      } else if (ty == end) {
        if (nest < 1) {
          return tok;
        }
        nest--;
      } else if (ty == TokenType.EOF) {
        return tok;
      }
    }
  }

  private void recoverOver(TokenType start) {
    while (true) {
      TokenType t = type(read());
      if (t == start || t == TokenType.EOF) {
        break;
      }
    }
    recover(opposite(start));
  }

  /** Skips to the newline that ends the current attribute or block, minding brackets opened on the way. */
  private void recoverAfterBodyItem() {
    recovery = true;
    TokenType[] open = new TokenType[8];
    int depthOpen = 0;
    while (true) {
      int tok = read();
      TokenType t = type(tok);
      switch (t) {
        case NEWLINE -> {
          if (depthOpen == 0) {
            return;
          }
        }
        case EOF -> {
          return;
        }
        case O_BRACE, O_BRACK, O_PAREN, O_QUOTE, O_HEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL -> {
          if (depthOpen == open.length) {
            open = Arrays.copyOf(open, depthOpen * 2);
          }
          open[depthOpen++] = t;
        }
        case C_BRACE, C_BRACK, C_PAREN, C_QUOTE, C_HEREDOC -> {
          TokenType opener = opposite(t);
          while (depthOpen > 0 && open[depthOpen - 1] != opener) {
            depthOpen--;
          }
          if (depthOpen > 0) {
            depthOpen--;
          }
        }
        case TEMPLATE_SEQ_END -> {
          while (depthOpen > 0 && open[depthOpen - 1] != TokenType.TEMPLATE_INTERP
              && open[depthOpen - 1] != TokenType.TEMPLATE_CONTROL) {
            depthOpen--;
          }
          if (depthOpen > 0) {
            depthOpen--;
          }
        }
        default -> {}
      }
    }
  }

  // ====================================================== invalid tokens

  /** hclsyntax's {@code checkInvalidTokens}: characters that never belong in HCL, each reported a few times. */
  List<Diagnostic> checkInvalidTokens() {
    List<Diagnostic> out = new ArrayList<>();
    int toldBitwise = 0;
    int toldBacktick = 0;
    int toldApostrophe = 0;
    int toldSemicolon = 0;
    for (int i = 0; i < count; i++) {
      switch (types[i]) {
        case BITWISE_AND, BITWISE_OR, BITWISE_XOR, BITWISE_NOT -> {
          if (toldBitwise < 4) {
            String suggestion = switch (types[i]) {
              case BITWISE_AND -> " Did you mean boolean AND (\"&&\")?";
              case BITWISE_OR -> " Did you mean boolean OR (\"||\")?";
              case BITWISE_NOT -> " Did you mean boolean NOT (\"!\")?";
              default -> "";
            };
            out.add(lexError("Unsupported operator", "Bitwise operators are not supported." + suggestion, i));
            toldBitwise++;
          }
        }
        case BACKTICK -> {
          if (toldBacktick % 2 == 0) {
            out.add(lexError("Invalid character", "The \"`\" character is not valid. To create a multi-line string, "
                + "use the \"heredoc\" syntax, like \"<<EOT\".", i));
          }
          if (toldBacktick <= 2) {
            toldBacktick++;
          }
        }
        case APOSTROPHE -> {
          if (toldApostrophe % 2 == 0) {
            out.add(lexError("Invalid character",
                "Single quotes are not valid. Use double quotes (\") to enclose strings.", i));
          }
          if (toldApostrophe <= 2) {
            toldApostrophe++;
          }
        }
        case SEMICOLON -> {
          if (toldSemicolon < 1) {
            out.add(lexError("Invalid character", "The \";\" character is not valid. Use newlines to separate "
                + "arguments and blocks, and commas to separate items in collection values.", i));
            toldSemicolon++;
          }
        }
        case QUOTED_NEWLINE -> out.add(lexError("Invalid multi-line string", "Quoted strings may not be split over "
            + "multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline "
            + "character or use the \"heredoc\" multi-line template syntax.", i));
        case INVALID -> out.add(lexError("Invalid character", "This character is not used within the language.", i));
        default -> {}
      }
    }
    return out;
  }

  private Diagnostic lexError(String summary, String detail, int token) {
    return Diagnostic.error(HclParser.DIAGNOSTIC_CODE, summary + "; " + detail, tokenRange(token));
  }
}
