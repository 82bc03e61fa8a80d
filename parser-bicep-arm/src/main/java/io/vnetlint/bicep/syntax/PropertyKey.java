package io.vnetlint.bicep.syntax;

/** The key of an object property or object type property: an identifier or a (possibly interpolated) string. */
public sealed interface PropertyKey extends Node permits Identifier, Expr.StringExpr {
  /** The key's text when it is known at parse time (identifier or literal string), otherwise null. */
  default String literalName() {
    if (this instanceof Identifier id) {
      return id.name();
    }
    if (this instanceof Expr.StringExpr s && s.isLiteral()) {
      return s.literalValue();
    }
    return null;
  }
}
