package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * {@code %{if cond}...%{else}...%{endif}}. hclsyntax lowers it into a {@code ConditionalExpr} over two
 * templates.
 *
 * @param falseParts empty when there is no {@code %{else}}
 * @param range from {@code %{if} to the end of {@code %{endif}}
 */
public record TemplateIf(
    Expression condition, List<TemplatePart> trueParts, List<TemplatePart> falseParts, SourceRange range)
    implements TemplatePart {
  public TemplateIf {
    trueParts = List.copyOf(trueParts);
    falseParts = List.copyOf(falseParts);
  }
}
