package io.vnetlint.hcl.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * {@code name(args)}, {@code name(args...)}, {@code provider::ns::fn(args)}.
 *
 * @param name the full name, with {@code ::} separators for namespaced functions (as hclsyntax keeps it)
 * @param expandFinal the last argument was followed by {@code ...}
 * @param nameRange the whole name including namespaces
 * @param range from the name to the closing parenthesis
 */
public record FunctionCallExpr(
    String name,
    List<Expression> args,
    boolean expandFinal,
    SourceRange nameRange,
    SourceRange openParenRange,
    SourceRange closeParenRange,
    SourceRange range)
    implements Expression {
  public FunctionCallExpr {
    args = List.copyOf(args);
  }

  /** The namespace part, {@code provider::azurerm} for {@code provider::azurerm::parse_resource_id}, else "". */
  public String namespace() {
    int i = name.lastIndexOf("::");
    return i < 0 ? "" : name.substring(0, i);
  }

  /** The function name without its namespace. */
  public String baseName() {
    int i = name.lastIndexOf("::");
    return i < 0 ? name : name.substring(i + 2);
  }
}
