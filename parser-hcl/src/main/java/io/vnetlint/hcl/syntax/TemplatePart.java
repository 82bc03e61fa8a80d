package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/**
 * One part of a template. hclsyntax lowers directives into expressions; we keep them as parts (see the package
 * documentation).
 */
public sealed interface TemplatePart permits TemplateLiteral, TemplateInterpolation, TemplateIf, TemplateFor {
  SourceRange range();
}
