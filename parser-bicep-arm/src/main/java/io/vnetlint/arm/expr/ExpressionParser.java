package io.vnetlint.arm.expr;

import io.vnetlint.model.Limits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses template language expressions of the ANTLR grammar {@code ArmExpression.g4} into {@link Expr} trees.
 * Well-formed expressions are read by {@link HandExpressionParser} without starting ANTLR (start-up); the ANTLR
 * parser reads the rest and words their errors. Each distinct string is parsed once: templates repeat the same
 * expressions many times ({@code [parameters('location')]}), so the cache saves most of the parsing work of a scan.
 */
public final class ExpressionParser {

  /** Azure rejects longer expressions. */
  public static final int MAX_LENGTH = 24_576;

  private final Map<String, ParsedExpression> cache = new HashMap<>();

  /** True when the JSON string is an expression: {@code [...]} but not the escape {@code [[...]}. */
  public static boolean isExpression(String s) {
    return s.length() >= 2 && s.charAt(0) == '[' && s.charAt(s.length() - 1) == ']' && s.charAt(1) != '[';
  }

  /** The literal a JSON string stands for when it is not an expression: {@code "[[x]"} is {@code "[x]"}. */
  public static String literal(String s) {
    if (s.length() >= 2 && s.startsWith("[[") && s.endsWith("]")) {
      return s.substring(1);
    }
    return s;
  }

  /** Parses an expression string including its brackets, e.g. {@code [parameters('x')]}. */
  public ParsedExpression parse(String jsonString) {
    ParsedExpression cached = cache.get(jsonString);
    if (cached == null) {
      cached = parseUncached(jsonString);
      cache.put(jsonString, cached);
    }
    return cached;
  }

  public int cacheSize() {
    return cache.size();
  }

  private static ParsedExpression parseUncached(String jsonString) {
    if (jsonString.length() > MAX_LENGTH) {
      return new ParsedExpression.SyntaxError(0, String.format(Locale.ROOT,
          "expression longer than %,d characters", MAX_LENGTH));
    }
    String content = jsonString.substring(1, jsonString.length() - 1);
    int tooDeep = tooDeepAt(content);
    if (tooDeep >= 0) {
      return new ParsedExpression.SyntaxError(tooDeep + 1,
          "expression nesting deeper than " + Limits.MAX_NESTING + " levels");
    }
    Expr wellFormed = HandExpressionParser.parseOrNull(content);
    if (wellFormed != null) {
      return new ParsedExpression.Ok(wellFormed);
    }
    return parseWithAntlr(content);
  }

  /** The ANTLR parse of {@code content} (the text between the brackets): the tree, or the first error in words. */
  static ParsedExpression parseWithAntlr(String content) {
    FirstError errors = new FirstError();
    ArmExpressionLexer lexer = new ArmExpressionLexer(CharStreams.fromString(content));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    ArmExpressionParser parser = new ArmExpressionParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    ArmExpressionParser.ExpressionContext tree;
    try {
      tree = parser.expression();
    } catch (StackOverflowError e) {
      return new ParsedExpression.SyntaxError(1, "expression too deeply nested");
    }
    if (errors.message != null) {
      return new ParsedExpression.SyntaxError(errors.offset + 1, "invalid expression: " + errors.message);
    }
    return new ParsedExpression.Ok(toExpr(tree.value()));
  }

  /** The offset where parentheses and brackets (outside string literals) nest too deeply, or -1. */
  private static int tooDeepAt(String content) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\'') {
        inString = !inString; // a doubled quote toggles twice
      } else if (!inString && (c == '(' || c == '[')) {
        if (++depth > Limits.MAX_NESTING) {
          return i;
        }
      } else if (!inString && (c == ')' || c == ']')) {
        depth--;
      }
    }
    return -1;
  }

  /** Keeps the first lexer or parser error, as a one-line message with its offset. */
  private static final class FirstError extends BaseErrorListener {
    int offset;
    String message;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
        String msg, RecognitionException e) {
      if (message != null) {
        return;
      }
      if (offendingSymbol instanceof Token token) {
        offset = Math.max(0, token.getStartIndex());
      } else if (e instanceof LexerNoViableAltException lexerError) {
        offset = lexerError.getStartIndex();
      } else {
        offset = charPositionInLine;
      }
      message = msg.replace('\n', ' ').replace('\r', ' ');
      if (message.length() > 160) {
        message = message.substring(0, 160) + "...";
      }
    }
  }

  // ---- parse tree to Expr ------------------------------------------------------------------------------------

  private static Expr toExpr(ArmExpressionParser.ValueContext value) {
    Expr expr = toExpr(value.primary());
    for (ArmExpressionParser.AccessorContext accessor : value.accessor()) {
      if (accessor instanceof ArmExpressionParser.PropertyAccessContext property) {
        expr = new Expr.Property(expr, property.IDENTIFIER().getText());
      } else if (accessor instanceof ArmExpressionParser.IndexAccessContext index) {
        expr = new Expr.Index(expr, toExpr(index.value()));
      }
    }
    return expr;
  }

  private static Expr toExpr(ArmExpressionParser.PrimaryContext primary) {
    if (primary instanceof ArmExpressionParser.StringPrimaryContext s) {
      String text = s.STRING().getText();
      return new Expr.StringLiteral(text.substring(1, text.length() - 1).replace("''", "'"));
    }
    if (primary instanceof ArmExpressionParser.IntegerPrimaryContext i) {
      return new Expr.IntegerLiteral(new BigInteger(i.INTEGER().getText()));
    }
    ArmExpressionParser.FunctionCallContext call = ((ArmExpressionParser.CallPrimaryContext) primary).functionCall();
    List<org.antlr.v4.runtime.tree.TerminalNode> names = call.functionName().IDENTIFIER();
    String namespace = names.size() > 1 ? names.get(0).getText() : null;
    String name = names.get(names.size() - 1).getText();
    List<Expr> args = new ArrayList<>();
    if (call.arguments() != null) {
      for (ArmExpressionParser.ValueContext arg : call.arguments().value()) {
        args.add(toExpr(arg));
      }
    }
    return new Expr.Call(namespace, name, args);
  }
}
