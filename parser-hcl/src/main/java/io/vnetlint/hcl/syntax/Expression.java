package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;

/** An HCL expression; the node kinds of hclsyntax. Every node knows its exact source range. */
public sealed interface Expression
    permits LiteralValue,
        TemplateExpr,
        TemplateWrapExpr,
        ScopeTraversalExpr,
        RelativeTraversalExpr,
        FunctionCallExpr,
        TupleConsExpr,
        ObjectConsExpr,
        ObjectConsKeyExpr,
        ForExpr,
        IndexExpr,
        SplatExpr,
        AnonSymbolExpr,
        ConditionalExpr,
        BinaryOpExpr,
        UnaryOpExpr,
        ParenthesesExpr,
        ExprSyntaxError {
  SourceRange range();
}
