package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * {@code %{for k, v in coll}...%{endfor}}. hclsyntax lowers it into {@code TemplateJoinExpr(ForExpr)}: the body is
 * rendered once per element and the results concatenated.
 *
 * @param keyVar null when only a value variable is declared
 * @param range from {@code %{for} to the end of {@code %{endfor}}
 */
public record TemplateFor(
    String keyVar, String valVar, Expression collExpr, List<TemplatePart> body, SourceRange range)
    implements TemplatePart {
  public TemplateFor {
    body = List.copyOf(body);
  }
}
