package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceText;
import java.util.List;

/**
 * Parses HCL2 native syntax ({@code .tf}, {@code .tfvars}) into a {@link ConfigFile}. Never throws: every problem
 * becomes a positioned diagnostic with kind ERROR and code {@value #DIAGNOSTIC_CODE}, and the tree holds what
 * could be recovered.
 */
public final class HclParser {
  /** The diagnostic code of every syntax error. */
  public static final String DIAGNOSTIC_CODE = "hcl-syntax";

  private HclParser() {}

  /** Parses a whole file. */
  public static HclParseResult parse(SourceText text) {
    // Placeholder until the scanner and parser land: an empty body spanning the file.
    var all = text.range(0, text.text().length());
    var end = text.range(text.text().length(), text.text().length());
    return new HclParseResult(new ConfigFile(text.path(), new Body(List.of(), all, end), List.of()), List.of());
  }

  /** Parses one expression filling the whole text (for {@code --var} values of complex types and tests). */
  public static HclExpressionResult parseExpression(SourceText text) {
    return new HclExpressionResult(new ExprSyntaxError(text.range(0, text.text().length())), List.of());
  }
}
