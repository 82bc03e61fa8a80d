package io.vnetlint.hcl.syntax;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Parses HCL2 native syntax ({@code .tf}, {@code .tfvars}) into a {@link ConfigFile}: a hand-written port of
 * hashicorp/hcl's {@code hclsyntax} scanner and parser with the same error messages, ranges and recovery. Never
 * throws: every problem becomes a positioned diagnostic with kind ERROR and code {@value #DIAGNOSTIC_CODE}
 * (message {@code "<summary>; <detail>"} as in HCL), and the tree holds what could be recovered.
 */
public final class HclParser {
  /** The diagnostic code of every syntax error. */
  public static final String DIAGNOSTIC_CODE = "hcl-syntax";

  private HclParser() {}

  /** The stack for the rare re-run of a parse that overflowed a small thread stack before reaching the limit. */
  private static final long LARGE_STACK_BYTES = 64L * 1024 * 1024;

  /** Parses a whole file. */
  public static HclParseResult parse(SourceText text) {
    try {
      return parseFile(text);
    } catch (StackOverflowError e) {
      // Limits.MAX_NESTING keeps recursion bounded, but a thread with a small stack may still be too small for it.
      return onLargeStack(() -> parseFile(text), () -> new HclParseResult(
          new ConfigFile(text.path(), new Body(List.of(), text.range(0, 0), text.range(0, 0)), List.of()),
          List.of(tooDeep(text))));
    }
  }

  private static HclParseResult parseFile(SourceText text) {
    String src = text.text();
    SourceRange all = text.range(0, src.length());
    if (all.endByte() > Limits.MAX_FILE_BYTES) {
      Diagnostic tooLarge = Diagnostic.error(DIAGNOSTIC_CODE, "File too large; the file has " + all.endByte()
          + " bytes, more than the limit of " + Limits.MAX_FILE_BYTES + ".", SourceRange.fileStart(text.path()));
      SourceRange start = text.range(0, 0);
      return new HclParseResult(new ConfigFile(text.path(), new Body(List.of(), start, start), List.of()),
          List.of(tooLarge));
    }
    HclScanner.Tokens tokens = HclScanner.scan(src);
    Parser parser = new Parser(text, tokens);
    List<Diagnostic> diagnostics = new ArrayList<>(parser.checkInvalidTokens());
    Body body = parser.parseBody(TokenType.EOF);
    diagnostics.addAll(parser.diags);
    return new HclParseResult(new ConfigFile(text.path(), body, comments(text, tokens)), diagnostics);
  }

  /**
   * Parses one expression filling the whole text, newlines ignored as inside parentheses (hclsyntax's
   * {@code ParseExpression}); used for {@code --var} values of complex types and in tests.
   */
  public static HclExpressionResult parseExpression(SourceText text) {
    try {
      return parseStandaloneExpression(text);
    } catch (StackOverflowError e) {
      return onLargeStack(() -> parseStandaloneExpression(text),
          () -> new HclExpressionResult(new ExprSyntaxError(text.range(0, 0)), List.of(tooDeep(text))));
    }
  }

  private static HclExpressionResult parseStandaloneExpression(SourceText text) {
    String src = text.text();
    if (text.range(0, src.length()).endByte() > Limits.MAX_FILE_BYTES) {
      SourceRange start = text.range(0, 0);
      return new HclExpressionResult(new ExprSyntaxError(start), List.of(Diagnostic.error(DIAGNOSTIC_CODE,
          "Expression too large; the text is larger than " + Limits.MAX_FILE_BYTES + " bytes.", start)));
    }
    HclScanner.Tokens tokens = HclScanner.scan(src);
    Parser parser = new Parser(text, tokens);
    List<Diagnostic> diagnostics = new ArrayList<>(parser.checkInvalidTokens());
    parser.pushNewlines(false);
    Expression expr = parser.parseExpression();
    int next = parser.peek();
    if (parser.type(next) != TokenType.EOF && !parser.recovery) {
      parser.error("Extra characters after expression",
          "An expression was successfully parsed, but extra characters were found after it.", next);
    }
    parser.popNewlines();
    diagnostics.addAll(parser.diags);
    return new HclExpressionResult(expr, diagnostics);
  }

  private static Diagnostic tooDeep(SourceText text) {
    return Diagnostic.error(DIAGNOSTIC_CODE, "Nesting too deep; the file could not be parsed within the available "
        + "stack.", text.range(0, 0));
  }

  private static <T> T onLargeStack(Supplier<T> work, Supplier<T> onFailure) {
    AtomicReference<T> result = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (StackOverflowError e) {
        result.set(onFailure.get());
      }
    }, "hcl-parser-large-stack", LARGE_STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return onFailure.get();
    }
    T r = result.get();
    return r != null ? r : onFailure.get();
  }

  private static List<Comment> comments(SourceText text, HclScanner.Tokens tokens) {
    List<Comment> out = new ArrayList<>();
    String src = text.text();
    for (int i = 0; i < tokens.count(); i++) {
      if (tokens.types()[i] == TokenType.COMMENT) {
        int start = tokens.starts()[i];
        int end = tokens.ends()[i];
        if (src.charAt(start) != '/' || src.charAt(start + 1) != '*') {
          while (end > start && (src.charAt(end - 1) == '\n' || src.charAt(end - 1) == '\r')) {
            end--;
          }
        }
        out.add(new Comment(src.substring(start, end), text.range(start, end)));
      }
    }
    return out;
  }
}
