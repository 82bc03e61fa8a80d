package io.vnetlint.bicep.syntax;

import io.vnetlint.bicep.syntax.Expr.ObjectItem;
import io.vnetlint.bicep.syntax.Statement.ImportedSymbol;
import io.vnetlint.bicep.syntax.Statement.TypedParameter;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser over the lexer's tokens (after the compiler's Parser.cs and ParamsParser.cs). Errors
 * are reported once where they are found and unwind to the nearest statement or object/array item, which skips
 * to the next line, comma or closing bracket, so one bad construct does not hide the rest of the file.
 */
final class Parser {
  /** Unwinds to the nearest recovery point; the error was already reported. */
  private static final class ParseError extends RuntimeException {
    ParseError() {
      super(null, null, false, false);
    }
  }

  /** Nesting deeper than {@link Limits#MAX_NESTING}: reported once, the rest of the file is skipped. */
  private static final class TooDeep extends RuntimeException {
    TooDeep() {
      super(null, null, false, false);
    }
  }

  private static final String EXPECTED_EXPRESSION = "BCP009: Expected a literal value, an array, an object, a "
      + "parenthesized expression, or a function call at this location.";
  private static final String EXPECTED_TYPE = "BCP279: Expected a type at this location. Please specify a valid "
      + "type expression or one of the following types: \"array\", \"bool\", \"int\", \"object\", \"string\".";

  private final SourceText source;
  private final List<Token> tokens;
  private final SyntaxErrors errors;
  private final boolean params;
  /** For every LEFT_PAREN token index, the index of its matching RIGHT_PAREN, or -1. */
  private final int[] matchingParen;
  private int index;
  private int lastEnd;
  private int depth;
  /** Inside parentheses and argument lists line breaks are insignificant; objects and arrays restore them. */
  private boolean newlinesInsignificant;

  Parser(SourceText source, List<Token> tokens, SyntaxErrors errors, boolean params) {
    this.source = source;
    this.tokens = tokens;
    this.errors = errors;
    this.params = params;
    this.matchingParen = new int[tokens.size()];
    ArrayDeque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      matchingParen[i] = -1;
      if (tokens.get(i).is(TokenType.LEFT_PAREN)) {
        open.push(i);
      } else if (tokens.get(i).is(TokenType.RIGHT_PAREN) && !open.isEmpty()) {
        matchingParen[open.pop()] = i;
      }
    }
  }

  List<Statement> parseStatements() {
    List<Statement> statements = new ArrayList<>();
    try {
      while (true) {
        skipNewlines();
        if (at(TokenType.EOF)) {
          return statements;
        }
        int startIndex = index;
        int start = peek().start();
        try {
          statements.add(parseStatement());
          if (!at(TokenType.NEWLINE) && !at(TokenType.EOF)) {
            report(peek(), "BCP019: Expected a new line character at this location.");
            skipToLineEnd(startIndex);
          }
        } catch (ParseError e) {
          skipToLineEnd(startIndex);
          statements.add(new Statement.ErrorStatement(List.of(), range(start, Math.max(start, lastEnd))));
        }
      }
    } catch (TooDeep e) {
      return statements;
    }
  }

  // ---------------------------------------------------------------- token helpers

  private Token peek() {
    return tokens.get(index);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private boolean at(TokenType type) {
    return peek().is(type);
  }

  private Token next() {
    Token t = tokens.get(index);
    if (!t.is(TokenType.EOF)) {
      index++;
      lastEnd = t.end();
    }
    return t;
  }

  private void skipNewlines() {
    while (at(TokenType.NEWLINE)) {
      next();
    }
  }

  private void skipNewlinesIfInsignificant() {
    if (newlinesInsignificant) {
      skipNewlines();
    }
  }

  private SourceRange range(int start, int end) {
    return source.range(start, Math.max(start, end));
  }

  private SourceRange rangeFrom(int start) {
    return range(start, lastEnd);
  }

  private void report(Token at, String message) {
    boolean zeroWidth = at.is(TokenType.NEWLINE) || at.is(TokenType.EOF);
    errors.report(at.start(), zeroWidth ? at.start() : at.end(), message);
  }

  private ParseError fail(String message) {
    report(peek(), message);
    return new ParseError();
  }

  private Token expect(TokenType type, String message) {
    if (!at(type)) {
      throw fail(message);
    }
    return next();
  }

  private static String expectedChar(String c) {
    return "BCP018: Expected the \"" + c + "\" character at this location.";
  }

  private Identifier expectIdentifier(String message) {
    Token t = expect(TokenType.IDENTIFIER, message);
    return new Identifier(t.value(), range(t.start(), t.end()));
  }

  private void expectKeyword(String keyword) {
    if (!peek().isIdentifier(keyword)) {
      throw fail("BCP012: Expected the \"" + keyword + "\" keyword at this location.");
    }
    next();
  }

  /** Skips the rest of a line after an error; always makes progress unless already at a line end. */
  private void skipToLineEnd(int startIndex) {
    if (index == startIndex && !at(TokenType.NEWLINE) && !at(TokenType.EOF)) {
      next();
    }
    while (!at(TokenType.NEWLINE) && !at(TokenType.EOF)) {
      next();
    }
  }

  private void enter() {
    if (++depth > Limits.MAX_NESTING) {
      Token t = peek();
      errors.report(t.start(), t.end(), "Nesting deeper than " + Limits.MAX_NESTING
          + " levels; the rest of the file is not parsed.");
      throw new TooDeep();
    }
  }

  private void leave() {
    depth--;
  }

  // ---------------------------------------------------------------- statements

  private Statement parseStatement() {
    int start = peek().start();
    List<Decorator> decorators = parseDecorators();
    Token keyword = peek();
    if (!keyword.is(TokenType.IDENTIFIER)) {
      throw fail(declarationNotRecognized());
    }
    switch (keyword.value()) {
      case "targetScope" -> {
        next();
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        Expr value = parseExpression();
        return new Statement.TargetScopeDecl(decorators, value, rangeFrom(start));
      }
      case "metadata" -> {
        next();
        Identifier name = expectIdentifier("BCP121: Expected a metadata identifier at this location.");
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.MetadataDecl(decorators, name, parseExpression(), rangeFrom(start));
      }
      case "param" -> {
        next();
        return parseParam(decorators, start);
      }
      case "var" -> {
        next();
        Identifier name = expectIdentifier("BCP015: Expected a variable identifier at this location.");
        TypeExpr type = at(TokenType.ASSIGNMENT) ? null : parseType();
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.VarDecl(decorators, name, type, parseExpression(), rangeFrom(start));
      }
      case "type" -> {
        next();
        Identifier name = expectIdentifier("BCP294: Expected a type identifier at this location.");
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.TypeDecl(decorators, name, parseType(), rangeFrom(start));
      }
      case "func" -> {
        next();
        return parseFunc(decorators, start);
      }
      case "resource" -> {
        next();
        return parseResource(decorators, start);
      }
      case "module" -> {
        next();
        Identifier name = expectIdentifier("BCP096: Expected a module identifier at this location.");
        Expr path = parseDeclarationString("BCP097: Expected a module path string. This should be a relative path "
            + "to another bicep file, e.g. 'myModule.bicep' or '../parent/myModule.bicep'");
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.ModuleDecl(decorators, name, path, parseDeclarationBody(), rangeFrom(start));
      }
      case "test" -> {
        next();
        Identifier name = expectIdentifier("BCP017: Expected a test identifier at this location.");
        Expr path = parseDeclarationString("BCP097: Expected a test path string at this location.");
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.TestDecl(decorators, name, path, parseDeclarationBody(), rangeFrom(start));
      }
      case "output" -> {
        next();
        Identifier name = expectIdentifier("BCP016: Expected an output identifier at this location.");
        TypeExpr type = parseType();
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.OutputDecl(decorators, name, type, parseExpression(), rangeFrom(start));
      }
      case "import" -> {
        next();
        return parseImport(decorators, start);
      }
      case "extension", "provider" -> {
        next();
        Expr spec;
        if (at(TokenType.IDENTIFIER)) {
          Token t = next();
          Identifier id = new Identifier(t.value(), range(t.start(), t.end()));
          spec = new Expr.VariableRef(id, id.range());
        } else {
          spec = parseDeclarationString("BCP201: Expected an extension specification string. This should either "
              + "be a relative path, or a valid OCI artifact specification.");
        }
        Expr config = null;
        if (peek().isIdentifier("with")) {
          next();
          config = parseExpression();
        }
        Identifier alias = null;
        if (peek().isIdentifier("as")) {
          next();
          alias = expectIdentifier("BCP202: Expected an extension alias name at this location.");
        }
        return new Statement.ExtensionDecl(decorators, spec, config, alias, rangeFrom(start));
      }
      case "assert" -> {
        next();
        Identifier name = expectIdentifier("BCP015: Expected an assert identifier at this location.");
        expect(TokenType.ASSIGNMENT, expectedChar("="));
        return new Statement.AssertDecl(decorators, name, parseExpression(), rangeFrom(start));
      }
      case "using" -> {
        next();
        Expr path = null;
        if (peek().isIdentifier("none")) {
          next();
        } else {
          path = parseDeclarationString("BCP256: The using declaration is missing a bicep template file path "
              + "reference.");
        }
        Expr config = null;
        if (peek().isIdentifier("with")) {
          next();
          config = parseExpression();
        }
        return new Statement.UsingDecl(decorators, path, rangeFrom(start), config);
      }
      case "extensionConfig" -> {
        next();
        Identifier name = expectIdentifier("BCP202: Expected an extension alias name at this location.");
        expectKeyword("with");
        Expr config = parseObjectOrFail();
        return new Statement.ExtensionConfigAssignment(decorators, name, config, rangeFrom(start));
      }
      case "extends" -> {
        next();
        Expr path = parseDeclarationString("BCP406: The \"extends\" keyword is not supported in this form.");
        return new Statement.ExtendsDecl(decorators, path, rangeFrom(start));
      }
      default -> throw fail(declarationNotRecognized());
    }
  }

  private String declarationNotRecognized() {
    return params
        ? "BCP337: This declaration type is not valid for a Bicep Parameters file. Specify a \"using\", \"param\" "
            + "or \"var\" declaration."
        : "BCP007: This declaration type is not recognized. Specify a metadata, parameter, variable, resource, or "
            + "output declaration.";
  }

  private List<Decorator> parseDecorators() {
    List<Decorator> decorators = new ArrayList<>();
    while (at(TokenType.AT)) {
      int start = next().start();
      Expr call = parsePostfix(parsePrimary());
      decorators.add(new Decorator(call, rangeFrom(start)));
      if (!at(TokenType.NEWLINE)) {
        throw fail("BCP019: Expected a new line character at this location.");
      }
      skipNewlines();
    }
    return decorators;
  }

  private Statement parseParam(List<Decorator> decorators, int start) {
    Identifier name = expectIdentifier("BCP013: Expected a parameter identifier at this location.");
    if (params) {
      expect(TokenType.ASSIGNMENT, expectedChar("="));
      return new Statement.ParamAssignment(decorators, name, parseExpression(), rangeFrom(start));
    }
    TypeExpr type = parseType();
    Expr defaultValue = null;
    if (at(TokenType.ASSIGNMENT)) {
      next();
      defaultValue = parseExpression();
    }
    return new Statement.ParamDecl(decorators, name, type, defaultValue, rangeFrom(start));
  }

  private Statement parseFunc(List<Decorator> decorators, int start) {
    Identifier name = expectIdentifier("BCP015: Expected a function identifier at this location.");
    expect(TokenType.LEFT_PAREN, expectedChar("("));
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = true;
    List<TypedParameter> parameters = new ArrayList<>();
    skipNewlines();
    while (!at(TokenType.RIGHT_PAREN)) {
      int paramStart = peek().start();
      Identifier paramName = expectIdentifier("BCP015: Expected a parameter identifier at this location.");
      TypeExpr type = parseType();
      parameters.add(new TypedParameter(paramName, type, rangeFrom(paramStart)));
      skipNewlines();
      if (at(TokenType.COMMA)) {
        next();
        skipNewlines();
      } else if (!at(TokenType.RIGHT_PAREN)) {
        throw fail(expectedChar(")"));
      }
    }
    next();
    newlinesInsignificant = saved;
    TypeExpr returnType = parseType();
    expect(TokenType.ARROW, "BCP018: Expected the \"=>\" character at this location.");
    skipNewlines();
    Expr body = parseExpression();
    return new Statement.FuncDecl(decorators, name, parameters, returnType, body, rangeFrom(start));
  }

  private Statement.ResourceDecl parseResource(List<Decorator> decorators, int start) {
    Identifier name = expectIdentifier("BCP017: Expected a resource identifier at this location.");
    Expr typeString = parseDeclarationString("BCP068: Expected a resource type string. Specify a valid resource "
        + "type of format \"<type>@<apiVersion>\".");
    boolean existing = false;
    if (peek().isIdentifier("existing")) {
      next();
      existing = true;
    }
    expect(TokenType.ASSIGNMENT, expectedChar("="));
    Expr body = parseDeclarationBody();
    Expr.StringExpr type = typeString instanceof Expr.StringExpr s ? s
        : new Expr.StringExpr(List.of(""), List.of(), false, typeString.range());
    return new Statement.ResourceDecl(decorators, name, type, existing, body, rangeFrom(start));
  }

  private Expr parseDeclarationString(String message) {
    TokenType t = peek().type();
    if (t != TokenType.STRING_COMPLETE && t != TokenType.STRING_LEFT_PIECE && t != TokenType.MULTILINE_STRING) {
      throw fail(message);
    }
    return parsePrimary();
  }

  /** A resource, module or test body: an object, {@code if (c) {...}} or {@code [for ...]}. */
  private Expr parseDeclarationBody() {
    if (atAfterNewlines(TokenType.IDENTIFIER) && peekAfterNewlines().isIdentifier("if")) {
      skipNewlines(); // only a condition may start on the next line
      return parseIf();
    }
    if (at(TokenType.LEFT_BRACE)) {
      return parseObject();
    }
    if (at(TokenType.LEFT_SQUARE)) {
      int start = next().start();
      skipNewlines();
      if (!peek().isIdentifier("for")) {
        throw fail("BCP012: Expected the \"for\" keyword at this location.");
      }
      enter();
      boolean saved = newlinesInsignificant;
      newlinesInsignificant = false;
      try {
        return parseFor(start);
      } finally {
        newlinesInsignificant = saved;
        leave();
      }
    }
    throw fail("BCP018: Expected the \"{\" character, the \"[\" character, or the \"if\" keyword at this "
        + "location.");
  }

  private Expr.IfExpr parseIf() {
    int start = next().start();
    Expr condition = parseParenthesized();
    Expr body = parseObjectOrFail();
    return new Expr.IfExpr(condition, body, rangeFrom(start));
  }

  private Expr parseObjectOrFail() {
    if (!at(TokenType.LEFT_BRACE)) {
      throw fail(expectedChar("{"));
    }
    return parseObject();
  }

  private Statement parseImport(List<Decorator> decorators, int start) {
    List<ImportedSymbol> symbols = new ArrayList<>();
    Identifier wildcard = null;
    if (at(TokenType.LEFT_BRACE)) {
      next();
      while (true) {
        skipNewlines();
        if (at(TokenType.RIGHT_BRACE)) {
          next();
          break;
        }
        int symbolStart = peek().start();
        PropertyKey name;
        if (at(TokenType.IDENTIFIER)) {
          Token t = next();
          name = new Identifier(t.value(), range(t.start(), t.end()));
        } else if (at(TokenType.STRING_COMPLETE)) {
          name = (Expr.StringExpr) parsePrimary();
        } else {
          throw fail("BCP355: Expected the name of an exported symbol at this location.");
        }
        Identifier alias = null;
        if (peek().isIdentifier("as")) {
          next();
          alias = expectIdentifier("BCP356: Expected a valid namespace identifier at this location.");
        }
        symbols.add(new ImportedSymbol(name, alias, rangeFrom(symbolStart)));
        if (at(TokenType.COMMA)) {
          next();
        } else if (!at(TokenType.NEWLINE) && !at(TokenType.RIGHT_BRACE)) {
          throw fail(expectedChar("}"));
        }
      }
    } else if (at(TokenType.ASTERISK)) {
      next();
      expectKeyword("as");
      wildcard = expectIdentifier("BCP356: Expected a valid namespace identifier at this location.");
    } else {
      // Legacy provider import: import 'az@1.0.0' [with {...}] [as alias].
      Expr spec = parseDeclarationString("BCP201: Expected an extension specification string.");
      Expr config = null;
      if (peek().isIdentifier("with")) {
        next();
        config = parseExpression();
      }
      Identifier alias = null;
      if (peek().isIdentifier("as")) {
        next();
        alias = expectIdentifier("BCP202: Expected an extension alias name at this location.");
      }
      return new Statement.ImportDecl(decorators, List.of(), null, spec, config, alias, rangeFrom(start));
    }
    expectKeyword("from");
    Expr from = parseDeclarationString("BCP354: Expected a compile-time import source string at this location.");
    return new Statement.ImportDecl(decorators, List.copyOf(symbols), wildcard, from, null, null,
        rangeFrom(start));
  }

  // ---------------------------------------------------------------- expressions

  Expr parseExpression() {
    enter();
    try {
      Expr lambda = tryLambda();
      if (lambda != null) {
        return lambda;
      }
      int start = peek().start();
      Expr condition = parseBinary(1);
      if (!atAfterNewlines(TokenType.QUESTION)) {
        return condition;
      }
      skipNewlines();
      next();
      skipNewlinesIfInsignificant();
      Expr whenTrue = parseExpression();
      if (atAfterNewlines(TokenType.COLON)) {
        skipNewlines(); // the ":" may start the next line
      }
      expect(TokenType.COLON, expectedChar(":"));
      skipNewlinesIfInsignificant();
      Expr whenFalse = parseExpression();
      return new Expr.Ternary(condition, whenTrue, whenFalse, rangeFrom(start));
    } finally {
      leave();
    }
  }

  private Expr tryLambda() {
    int start = peek().start();
    if (at(TokenType.IDENTIFIER) && peek(1).is(TokenType.ARROW)) {
      Token p = next();
      next();
      skipNewlinesIfInsignificant();
      Expr body = parseExpression();
      return new Expr.Lambda(List.of(new Identifier(p.value(), range(p.start(), p.end()))), body, rangeFrom(start));
    }
    if (at(TokenType.LEFT_PAREN)) {
      int close = matchingParen[index];
      if (close < 0 || !tokens.get(close + 1).is(TokenType.ARROW)) {
        return null;
      }
      next();
      List<Identifier> parameters = new ArrayList<>();
      skipNewlines();
      while (!at(TokenType.RIGHT_PAREN)) {
        parameters.add(expectIdentifier("BCP015: Expected a lambda variable identifier at this location."));
        skipNewlines();
        if (at(TokenType.COMMA)) {
          next();
          skipNewlines();
        } else if (!at(TokenType.RIGHT_PAREN)) {
          throw fail(expectedChar(")"));
        }
      }
      next();
      next(); // =>
      skipNewlinesIfInsignificant();
      Expr body = parseExpression();
      return new Expr.Lambda(List.copyOf(parameters), body, rangeFrom(start));
    }
    return null;
  }

  private static BinaryOperator binaryOperator(TokenType type) {
    return switch (type) {
      case DOUBLE_QUESTION -> BinaryOperator.COALESCE;
      case LOGICAL_OR -> BinaryOperator.OR;
      case LOGICAL_AND -> BinaryOperator.AND;
      case EQUALS -> BinaryOperator.EQUALS;
      case NOT_EQUALS -> BinaryOperator.NOT_EQUALS;
      case EQUALS_INSENSITIVE -> BinaryOperator.EQUALS_INSENSITIVE;
      case NOT_EQUALS_INSENSITIVE -> BinaryOperator.NOT_EQUALS_INSENSITIVE;
      case LESS_THAN -> BinaryOperator.LESS_THAN;
      case LESS_THAN_OR_EQUAL -> BinaryOperator.LESS_THAN_OR_EQUAL;
      case GREATER_THAN -> BinaryOperator.GREATER_THAN;
      case GREATER_THAN_OR_EQUAL -> BinaryOperator.GREATER_THAN_OR_EQUAL;
      case PLUS -> BinaryOperator.ADD;
      case MINUS -> BinaryOperator.SUBTRACT;
      case ASTERISK -> BinaryOperator.MULTIPLY;
      case SLASH -> BinaryOperator.DIVIDE;
      case MODULO -> BinaryOperator.MODULO;
      default -> null;
    };
  }

  private Expr parseBinary(int minPrecedence) {
    int start = peek().start();
    Expr left = parseUnary();
    while (true) {
      skipNewlinesIfInsignificant();
      BinaryOperator op = binaryOperator(peek().type());
      if (op == null || op.precedence() < minPrecedence) {
        return left;
      }
      next();
      skipNewlinesIfInsignificant();
      Expr right = parseBinary(op.precedence() + 1);
      left = new Expr.Binary(op, left, right, rangeFrom(start));
    }
  }

  private Expr parseUnary() {
    UnaryOperator op = at(TokenType.EXCLAMATION) ? UnaryOperator.NOT
        : at(TokenType.MINUS) ? UnaryOperator.MINUS : null;
    if (op == null) {
      return parsePostfix(parsePrimary());
    }
    enter();
    try {
      int start = next().start();
      // As in the compiler, the operand is a member expression: "--1" and "!!x" are errors (BCP009).
      Expr operand = parsePostfix(parsePrimary());
      return new Expr.Unary(op, operand, rangeFrom(start));
    } finally {
      leave();
    }
  }

  private Expr parsePostfix(Expr expr) {
    int start = expr.range() == null ? peek().start() : source.offsetOf(expr.range().startLine(),
        expr.range().startColumn());
    while (true) {
      switch (peek().type()) {
        case DOT -> {
          next();
          if (at(TokenType.QUESTION)) {
            next();
            Identifier name = expectIdentifier("BCP020: Expected a function or property name at this location.");
            expr = new Expr.PropertyAccess(expr, name, true, rangeFrom(start));
            continue;
          }
          Identifier name = expectIdentifier("BCP020: Expected a function or property name at this location.");
          if (at(TokenType.LEFT_PAREN)) {
            List<Expr> args = parseArguments();
            expr = new Expr.FunctionCall(expr, name, args, rangeFrom(start));
          } else {
            expr = new Expr.PropertyAccess(expr, name, false, rangeFrom(start));
          }
        }
        case DOUBLE_COLON -> {
          next();
          Identifier name = expectIdentifier("BCP020: Expected a function or property name at this location.");
          expr = new Expr.ResourceAccess(expr, name, rangeFrom(start));
        }
        case LEFT_SQUARE -> {
          next();
          boolean safe = false;
          boolean fromEnd = false;
          if (at(TokenType.QUESTION)) {
            next();
            safe = true;
          }
          if (at(TokenType.HAT)) {
            next();
            fromEnd = true;
          }
          boolean saved = newlinesInsignificant;
          newlinesInsignificant = true;
          skipNewlines();
          Expr indexExpr = parseExpression();
          skipNewlines();
          newlinesInsignificant = saved;
          expect(TokenType.RIGHT_SQUARE, expectedChar("]"));
          expr = new Expr.IndexAccess(expr, indexExpr, safe, fromEnd, rangeFrom(start));
        }
        case EXCLAMATION -> {
          next();
          expr = new Expr.NonNullAssert(expr, rangeFrom(start));
        }
        default -> {
          return expr;
        }
      }
    }
  }

  private Expr parsePrimary() {
    Token t = peek();
    int start = t.start();
    switch (t.type()) {
      case INTEGER -> {
        next();
        long value = 0;
        try {
          value = Long.parseLong(t.value());
        } catch (NumberFormatException e) {
          report(t, "BCP010: Expected a valid 64-bit signed integer.");
        }
        return new Expr.IntLiteral(value, t.value(), range(t.start(), t.end()));
      }
      case STRING_COMPLETE, STRING_LEFT_PIECE -> {
        return parseString();
      }
      case MULTILINE_STRING -> {
        next();
        return new Expr.StringExpr(List.of(t.value()), List.of(), true, range(t.start(), t.end()));
      }
      case IDENTIFIER -> {
        next();
        SourceRange r = range(t.start(), t.end());
        switch (t.value()) {
          case "true" -> {
            return new Expr.BoolLiteral(true, r);
          }
          case "false" -> {
            return new Expr.BoolLiteral(false, r);
          }
          case "null" -> {
            return new Expr.NullLiteral(r);
          }
          default -> {
            Identifier name = new Identifier(t.value(), r);
            if (at(TokenType.LEFT_PAREN)) {
              List<Expr> args = parseArguments();
              return new Expr.FunctionCall(null, name, args, rangeFrom(start));
            }
            return new Expr.VariableRef(name, r);
          }
        }
      }
      case LEFT_BRACE -> {
        return parseObject();
      }
      case LEFT_SQUARE -> {
        return parseArray();
      }
      case LEFT_PAREN -> {
        Expr inner = parseParenthesized();
        return new Expr.Paren(inner, rangeFrom(start));
      }
      default -> throw fail(EXPECTED_EXPRESSION);
    }
  }

  /** {@code ( expression )}, returning the inner expression. */
  private Expr parseParenthesized() {
    expect(TokenType.LEFT_PAREN, expectedChar("("));
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = true;
    try {
      skipNewlines();
      Expr inner = parseExpression();
      skipNewlines();
      expect(TokenType.RIGHT_PAREN, expectedChar(")"));
      return inner;
    } finally {
      newlinesInsignificant = saved;
    }
  }

  private List<Expr> parseArguments() {
    next(); // (
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = true;
    try {
      List<Expr> args = new ArrayList<>();
      skipNewlines();
      if (at(TokenType.RIGHT_PAREN)) {
        next();
        return List.of();
      }
      while (true) {
        if (at(TokenType.ELLIPSIS)) {
          int spreadStart = next().start();
          args.add(new Expr.Spread(parseExpression(), rangeFrom(spreadStart)));
        } else {
          args.add(parseExpression());
        }
        skipNewlines();
        if (at(TokenType.COMMA)) {
          next();
          skipNewlines();
          continue;
        }
        expect(TokenType.RIGHT_PAREN, expectedChar(")"));
        return List.copyOf(args);
      }
    } finally {
      newlinesInsignificant = saved;
    }
  }

  private Expr.StringExpr parseString() {
    Token first = next();
    boolean multiline = source.text().charAt(first.start()) == '$';
    if (first.is(TokenType.STRING_COMPLETE)) {
      return new Expr.StringExpr(List.of(first.value()), List.of(), multiline, range(first.start(), first.end()));
    }
    List<String> segments = new ArrayList<>();
    List<Expr> expressions = new ArrayList<>();
    segments.add(first.value());
    boolean saved = newlinesInsignificant;
    // A line break ends a plain string (BCP004, reported by the lexer); multi-line string interpolations may
    // span lines.
    newlinesInsignificant = multiline;
    try {
      while (true) {
        skipNewlinesIfInsignificant();
        expressions.add(parseExpression());
        skipNewlinesIfInsignificant();
        Token piece = peek();
        if (piece.is(TokenType.STRING_MIDDLE_PIECE)) {
          next();
          segments.add(piece.value());
        } else if (piece.is(TokenType.STRING_RIGHT_PIECE)) {
          next();
          segments.add(piece.value());
          return new Expr.StringExpr(List.copyOf(segments), List.copyOf(expressions), multiline,
              rangeFrom(first.start()));
        } else {
          throw fail(expectedChar("}"));
        }
      }
    } finally {
      newlinesInsignificant = saved;
    }
  }

  private Expr parseObject() {
    enter();
    int start = next().start(); // {
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = false;
    try {
      List<ObjectItem> items = new ArrayList<>();
      parseItems(TokenType.RIGHT_BRACE, "}", () -> items.add(parseObjectItem()));
      return new Expr.ObjectExpr(List.copyOf(items), rangeFrom(start));
    } finally {
      newlinesInsignificant = saved;
      leave();
    }
  }

  /**
   * The items of an object or array: separated by line breaks or commas (a comma directly followed by a line
   * break is BCP238), closed by {@code closer}. An item that fails is skipped to the next separator.
   */
  private void parseItems(TokenType closer, String closerText, Runnable item) {
    while (true) {
      skipNewlines();
      if (at(closer)) {
        next();
        return;
      }
      if (at(TokenType.EOF)) {
        throw fail(expectedChar(closerText));
      }
      int itemStart = index;
      try {
        item.run();
        if (at(TokenType.COMMA)) {
          next();
          if (at(TokenType.NEWLINE)) {
            report(peek(), "BCP238: Unexpected new line character after a comma.");
          }
        } else if (!at(TokenType.NEWLINE) && !at(closer)) {
          throw fail("BCP236: Expected a new line or comma character at this location.");
        }
      } catch (ParseError e) {
        recoverItem(itemStart, closer);
      }
    }
  }

  private void recoverItem(int itemStart, TokenType closer) {
    if (index == itemStart && !at(closer) && !at(TokenType.EOF) && !at(TokenType.NEWLINE)) {
      next();
    }
    int nested = 0;
    while (!at(TokenType.EOF) && !at(TokenType.NEWLINE)) {
      TokenType t = peek().type();
      if (nested == 0 && (t == closer || t == TokenType.COMMA)) {
        if (t == TokenType.COMMA) {
          next();
        }
        return;
      }
      if (t == TokenType.LEFT_BRACE || t == TokenType.LEFT_SQUARE || t == TokenType.LEFT_PAREN) {
        nested++;
      } else if ((t == TokenType.RIGHT_BRACE || t == TokenType.RIGHT_SQUARE || t == TokenType.RIGHT_PAREN)
          && nested > 0) {
        nested--;
      }
      next();
    }
  }

  private ObjectItem parseObjectItem() {
    int start = peek().start();
    List<Decorator> decorators = parseDecorators();
    if (at(TokenType.ELLIPSIS)) {
      next();
      Expr spread = parseExpression();
      return new Expr.Spread(spread, rangeFrom(start));
    }
    if (peek().isIdentifier("resource") && !peek(1).is(TokenType.COLON)) {
      next();
      Statement.ResourceDecl child = parseResource(decorators, start);
      return new Expr.NestedResource(child, child.range());
    }
    PropertyKey key = parsePropertyKey();
    expect(TokenType.COLON, expectedChar(":"));
    Expr value = parseExpression();
    return new Expr.ObjectProperty(decorators, key, value, rangeFrom(start));
  }

  private PropertyKey parsePropertyKey() {
    Token t = peek();
    if (t.is(TokenType.IDENTIFIER)) {
      next();
      return new Identifier(t.value(), range(t.start(), t.end()));
    }
    if (t.is(TokenType.STRING_COMPLETE) || t.is(TokenType.STRING_LEFT_PIECE)) {
      return parseString();
    }
    if (t.is(TokenType.MULTILINE_STRING)) {
      next(); // allowed as an object type property name
      return new Expr.StringExpr(List.of(t.value()), List.of(), true, range(t.start(), t.end()));
    }
    throw fail("BCP022: Expected a property name at this location.");
  }

  private Expr parseArray() {
    enter();
    int start = next().start(); // [
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = false;
    try {
      int k = 0;
      while (peek(k).is(TokenType.NEWLINE)) {
        k++;
      }
      if (peek(k).isIdentifier("for")) {
        skipNewlines();
        return parseFor(start);
      }
      List<Expr> items = new ArrayList<>();
      parseItems(TokenType.RIGHT_SQUARE, "]", () -> {
        int itemStart = peek().start();
        if (at(TokenType.ELLIPSIS)) {
          next();
          items.add(new Expr.Spread(parseExpression(), rangeFrom(itemStart)));
        } else {
          items.add(parseExpression());
        }
      });
      return new Expr.ArrayExpr(List.copyOf(items), rangeFrom(start));
    } finally {
      newlinesInsignificant = saved;
      leave();
    }
  }

  private Expr parseFor(int start) {
    next(); // for
    Identifier item;
    Identifier indexVar = null;
    if (at(TokenType.LEFT_PAREN)) {
      next();
      item = expectIdentifier("BCP163: Expected a loop item variable identifier at this location.");
      expect(TokenType.COMMA, expectedChar(","));
      indexVar = expectIdentifier("BCP164: Expected a loop index variable identifier at this location.");
      expect(TokenType.RIGHT_PAREN, expectedChar(")"));
    } else if (at(TokenType.IDENTIFIER)) {
      Token t = next();
      item = new Identifier(t.value(), range(t.start(), t.end()));
    } else {
      throw fail("BCP162: Expected a loop item variable identifier or \"(\" at this location.");
    }
    expectKeyword("in");
    Expr sourceExpr = parseExpression();
    expect(TokenType.COLON, expectedChar(":"));
    Expr body = peek().isIdentifier("if") && !peek(1).is(TokenType.COLON) ? parseIf() : parseExpression();
    skipNewlines();
    expect(TokenType.RIGHT_SQUARE, expectedChar("]"));
    return new Expr.ForExpr(item, indexVar, sourceExpr, body, rangeFrom(start));
  }

  // ---------------------------------------------------------------- types

  private TypeExpr parseType() {
    enter();
    try {
      int start = peek().start();
      if (at(TokenType.PIPE)) {
        next(); // a leading pipe is allowed before the first union member
      }
      TypeExpr first = parseTypePostfix(parseTypePrimary());
      if (!atUnionPipe()) {
        return first;
      }
      List<TypeExpr> members = new ArrayList<>();
      members.add(first);
      while (atUnionPipe()) {
        skipNewlines();
        next();
        skipNewlines();
        members.add(parseTypePostfix(parseTypePrimary()));
      }
      return new TypeExpr.Union(List.copyOf(members), rangeFrom(start));
    } finally {
      leave();
    }
  }

  /** A union continues on the next line when that line starts with a pipe. */
  private boolean atUnionPipe() {
    return atAfterNewlines(TokenType.PIPE);
  }

  private Token peekAfterNewlines() {
    int k = 0;
    while (peek(k).is(TokenType.NEWLINE)) {
      k++;
    }
    return peek(k);
  }

  /** Whether the next token other than line breaks has this type (a ternary or union may continue a line). */
  private boolean atAfterNewlines(TokenType type) {
    int k = 0;
    while (peek(k).is(TokenType.NEWLINE)) {
      k++;
    }
    return peek(k).is(type);
  }

  private TypeExpr parseTypePrimary() {
    Token t = peek();
    int start = t.start();
    switch (t.type()) {
      case IDENTIFIER -> {
        if (t.value().equals("resource") && (peek(1).is(TokenType.STRING_COMPLETE)
            || peek(1).is(TokenType.STRING_LEFT_PIECE))) {
          next();
          Expr.StringExpr type = parseString();
          return new TypeExpr.ResourceType(type, rangeFrom(start));
        }
        if (t.value().equals("true") || t.value().equals("false") || t.value().equals("null")) {
          Expr literal = parsePrimary();
          return new TypeExpr.Literal(literal, literal.range());
        }
        next();
        Identifier name = new Identifier(t.value(), range(t.start(), t.end()));
        TypeExpr.Named named = new TypeExpr.Named(null, name, name.range());
        if (at(TokenType.DOT) && peek(1).is(TokenType.IDENTIFIER)) {
          next();
          Token member = next();
          named = new TypeExpr.Named(name, new Identifier(member.value(), range(member.start(), member.end())),
              rangeFrom(start));
        }
        if (at(TokenType.LESS_THAN)) {
          return parseTypeArguments(named, start);
        }
        return named;
      }
      case STRING_COMPLETE, STRING_LEFT_PIECE, MULTILINE_STRING, INTEGER -> {
        Expr literal = parsePrimary();
        return new TypeExpr.Literal(literal, literal.range());
      }
      case MINUS, EXCLAMATION -> {
        Expr literal = parseUnary();
        return new TypeExpr.Literal(literal, literal.range());
      }
      case LEFT_BRACE -> {
        return parseObjectType();
      }
      case LEFT_SQUARE -> {
        return parseTupleType();
      }
      case LEFT_PAREN -> {
        next();
        boolean saved = newlinesInsignificant;
        newlinesInsignificant = true;
        try {
          skipNewlines();
          TypeExpr inner = parseType();
          skipNewlines();
          expect(TokenType.RIGHT_PAREN, expectedChar(")"));
          return new TypeExpr.Paren(inner, rangeFrom(start));
        } finally {
          newlinesInsignificant = saved;
        }
      }
      default -> throw fail(EXPECTED_TYPE);
    }
  }

  private TypeExpr parseTypeArguments(TypeExpr.Named type, int start) {
    next(); // <
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = true;
    try {
      List<TypeExpr> arguments = new ArrayList<>();
      skipNewlines();
      while (!at(TokenType.GREATER_THAN)) {
        arguments.add(parseType());
        skipNewlines();
        if (at(TokenType.COMMA)) {
          next();
          skipNewlines();
        } else if (!at(TokenType.GREATER_THAN)) {
          throw fail(expectedChar(">"));
        }
      }
      next();
      return new TypeExpr.Instantiation(type, List.copyOf(arguments), rangeFrom(start));
    } finally {
      newlinesInsignificant = saved;
    }
  }

  private TypeExpr parseTypePostfix(TypeExpr type) {
    int start = source.offsetOf(type.range().startLine(), type.range().startColumn());
    while (true) {
      if (at(TokenType.LEFT_SQUARE) && peek(1).is(TokenType.RIGHT_SQUARE)) {
        next();
        next();
        type = new TypeExpr.Array(type, rangeFrom(start));
      } else if (at(TokenType.LEFT_SQUARE)) {
        next();
        Expr indexExpr = null;
        boolean wildcard = false;
        if (at(TokenType.ASTERISK)) {
          next();
          wildcard = true;
        } else {
          indexExpr = parseExpression();
        }
        expect(TokenType.RIGHT_SQUARE, expectedChar("]"));
        type = new TypeExpr.Access(type, null, indexExpr, wildcard, rangeFrom(start));
      } else if (at(TokenType.QUESTION)) {
        next();
        type = new TypeExpr.Nullable(type, rangeFrom(start));
      } else if (at(TokenType.EXCLAMATION)) {
        next();
        type = new TypeExpr.NonNull(type, rangeFrom(start));
      } else if (at(TokenType.DOT)) {
        next();
        if (at(TokenType.ASTERISK)) {
          next();
          type = new TypeExpr.Access(type, null, null, true, rangeFrom(start));
        } else {
          Identifier name = expectIdentifier("BCP020: Expected a function or property name at this location.");
          type = new TypeExpr.Access(type, name, null, false, rangeFrom(start));
        }
      } else {
        return type;
      }
    }
  }

  private TypeExpr parseObjectType() {
    enter();
    int start = next().start(); // {
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = false;
    try {
      List<TypeExpr.Property> properties = new ArrayList<>();
      TypeExpr[] additional = new TypeExpr[1];
      parseItems(TokenType.RIGHT_BRACE, "}", () -> {
        int itemStart = peek().start();
        List<Decorator> decorators = parseDecorators();
        if (at(TokenType.ASTERISK)) {
          next();
          expect(TokenType.COLON, expectedChar(":"));
          additional[0] = parseType();
          return;
        }
        PropertyKey key = parsePropertyKey();
        boolean optional = false;
        if (at(TokenType.QUESTION)) {
          next();
          optional = true;
        }
        expect(TokenType.COLON, expectedChar(":"));
        TypeExpr type = parseType();
        properties.add(new TypeExpr.Property(decorators, key, optional, type, rangeFrom(itemStart)));
      });
      return new TypeExpr.ObjectType(List.copyOf(properties), additional[0], rangeFrom(start));
    } finally {
      newlinesInsignificant = saved;
      leave();
    }
  }

  private TypeExpr parseTupleType() {
    enter();
    int start = next().start(); // [
    boolean saved = newlinesInsignificant;
    newlinesInsignificant = false;
    try {
      List<TypeExpr> items = new ArrayList<>();
      parseItems(TokenType.RIGHT_SQUARE, "]", () -> {
        parseDecorators();
        items.add(parseType());
      });
      return new TypeExpr.Tuple(List.copyOf(items), rangeFrom(start));
    } finally {
      newlinesInsignificant = saved;
      leave();
    }
  }
}
