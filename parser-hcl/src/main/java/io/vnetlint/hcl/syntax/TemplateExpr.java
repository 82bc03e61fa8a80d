package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * A quoted string or a heredoc: literal text, interpolations and directives. A quoted string without
 * interpolations is a template with one {@link TemplateLiteral} part (or none when empty).
 *
 * @param range including the quotes, or from {@code <<EOT} to the closing marker
 */
public record TemplateExpr(List<TemplatePart> parts, SourceRange range) implements Expression {
  public TemplateExpr {
    parts = List.copyOf(parts);
  }

  /** True when the template has no interpolations or directives (hclsyntax's {@code IsStringLiteral}). */
  public boolean isStringLiteral() {
    for (TemplatePart p : parts) {
      if (!(p instanceof TemplateLiteral)) {
        return false;
      }
    }
    return true;
  }

  /** The literal text when {@link #isStringLiteral()}, else null. */
  public String literalValue() {
    if (!isStringLiteral()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (TemplatePart p : parts) {
      sb.append(((TemplateLiteral) p).value());
    }
    return sb.toString();
  }
}
