package io.vnetlint.bicep.syntax;

import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceText;
import java.util.List;

/**
 * Entry points of the Bicep syntax front end. Never throws: every problem becomes a positioned diagnostic
 * (kind ERROR, code {@value #CODE}) and the tree holds what could be parsed.
 */
public final class BicepParser {
  /** The diagnostic code of every syntax error. */
  public static final String CODE = "bicep-syntax";

  private BicepParser() {}

  /** Parses a file, as a parameters file when its path ends with {@code .bicepparam}, else as a Bicep file. */
  public static BicepParseResult parse(SourceText source) {
    return source.path().toLowerCase(java.util.Locale.ROOT).endsWith(".bicepparam")
        ? parseParams(source)
        : parseBicep(source);
  }

  /** Parses a {@code .bicep} file. */
  public static BicepParseResult parseBicep(SourceText source) {
    return parse(source, false);
  }

  /** Parses a {@code .bicepparam} file: {@code using}, {@code extends}, param assignments, var, import. */
  public static BicepParseResult parseParams(SourceText source) {
    return parse(source, true);
  }

  private static BicepParseResult parse(SourceText source, boolean params) {
    SyntaxErrors errors = new SyntaxErrors(source);
    String text = source.text();
    if ((long) text.length() > Limits.MAX_FILE_BYTES) {
      errors.report(0, 0, "File larger than " + Limits.MAX_FILE_BYTES + " bytes; not parsed.");
      Program empty = new Program(List.of(), List.of(), List.of(), params, source.range(0, text.length()));
      return new BicepParseResult(empty, errors.diagnostics());
    }
    Lexer lexer = new Lexer(source, errors);
    lexer.run();
    List<Statement> statements = new Parser(source, lexer.tokens(), errors, params).parseStatements();
    Program program = new Program(List.copyOf(statements), List.copyOf(lexer.comments()),
        List.copyOf(lexer.pragmas()), params, source.range(0, text.length()));
    return new BicepParseResult(program, errors.diagnostics());
  }
}
