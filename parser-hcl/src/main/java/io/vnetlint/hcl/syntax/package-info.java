/**
 * HCL2 native syntax: the syntax tree, the scanner and the parser.
 *
 * <p>The tree mirrors HashiCorp's {@code hclsyntax} package (same node kinds, same field names where Java allows,
 * same source ranges) so that HashiCorp's tests and diagnostics can be compared with ours. Differences, all
 * deliberate:
 *
 * <ul>
 *   <li>Template directives are kept as dedicated parts ({@link TemplateIf}, {@link TemplateFor}) instead of being
 *       lowered into {@code ConditionalExpr}/{@code TemplateJoinExpr(ForExpr)}; literal text is a
 *       {@link TemplateLiteral}, an interpolation a {@link TemplateInterpolation}. Strip markers ({@code ~}) are
 *       already applied to the literal values, as hclsyntax does at parse time.
 *   <li>Where hclsyntax puts a {@code LiteralValueExpr(cty.DynamicVal)} placeholder after a syntax error, we put
 *       an {@link ExprSyntaxError}.
 *   <li>A {@link Body} keeps attributes and blocks in one list in source order (hclsyntax keeps attributes in a
 *       map); a redefined attribute is reported and only its first definition kept, as in hclsyntax.
 *   <li>Ranges are {@link io.vnetlint.model.SourceRange}s: columns count UTF-16 units, byte offsets are those of
 *       the file as stored. hclsyntax columns count grapheme clusters; byte offsets agree.
 * </ul>
 */
package io.vnetlint.hcl.syntax;
