package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/** A type expression after {@code param}, {@code output}, {@code var}, {@code type} and in function signatures. */
public sealed interface TypeExpr extends Node {

  /** {@code string}, {@code myType}, {@code ns.myType} (qualifier null when unqualified). */
  record Named(Identifier qualifier, Identifier name, SourceRange range) implements TypeExpr {}

  /** A literal type: {@code 'a'}, {@code 1}, {@code -1}, {@code true}, {@code null}. */
  record Literal(Expr value, SourceRange range) implements TypeExpr {}

  /** {@code 'a' | 'b'}. */
  record Union(List<TypeExpr> members, SourceRange range) implements TypeExpr {}

  /** {@code element[]}. */
  record Array(TypeExpr element, SourceRange range) implements TypeExpr {}

  /** {@code [string, int]}. */
  record Tuple(List<TypeExpr> items, SourceRange range) implements TypeExpr {}

  /** {@code { a: string, b?: int, *: string }}. */
  record ObjectType(List<Property> properties, TypeExpr additionalProperties, SourceRange range)
      implements TypeExpr {}

  /** A property of an object type. */
  record Property(List<Decorator> decorators, PropertyKey key, boolean optional, TypeExpr type, SourceRange range)
      implements Node {}

  /** {@code type?}. */
  record Nullable(TypeExpr type, SourceRange range) implements TypeExpr {}

  /** {@code resource 'Microsoft.Network/virtualNetworks@2023-04-01'}. */
  record ResourceType(Expr.StringExpr type, SourceRange range) implements TypeExpr {}

  /** {@code base.property}, {@code base[*]}, {@code base[0]}, {@code base.*} (property/index null as fits). */
  record Access(TypeExpr base, Identifier property, Expr index, boolean wildcard, SourceRange range)
      implements TypeExpr {}

  /** {@code resourceInput<'Microsoft.Storage/storageAccounts@2023-01-01'>}: a parameterized type. */
  record Instantiation(Named type, List<TypeExpr> arguments, SourceRange range) implements TypeExpr {}

  /** {@code type!}: the type without null. */
  record NonNull(TypeExpr type, SourceRange range) implements TypeExpr {}

  /** {@code ( type )}. */
  record Paren(TypeExpr type, SourceRange range) implements TypeExpr {}
}
