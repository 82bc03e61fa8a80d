package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * A top-level declaration of a Bicep or Bicep parameters file (the compiler's *DeclarationSyntax nodes). Every
 * statement carries the decorators written in front of it (empty when none) and spans from its first decorator
 * (or keyword) to its last character.
 */
public sealed interface Statement extends Node {
  List<Decorator> decorators();

  /** {@code targetScope = 'subscription'}. */
  record TargetScopeDecl(List<Decorator> decorators, Expr value, SourceRange range) implements Statement {}

  /** {@code metadata name = value}. */
  record MetadataDecl(List<Decorator> decorators, Identifier name, Expr value, SourceRange range)
      implements Statement {}

  /** {@code param name type = default}; type may be null only after a syntax error; defaultValue may be null. */
  record ParamDecl(
      List<Decorator> decorators, Identifier name, TypeExpr type, Expr defaultValue, SourceRange range)
      implements Statement {}

  /** {@code var name = value} or {@code var name type = value} (type null when absent). */
  record VarDecl(List<Decorator> decorators, Identifier name, TypeExpr type, Expr value, SourceRange range)
      implements Statement {}

  /** {@code type name = typeExpression}. */
  record TypeDecl(List<Decorator> decorators, Identifier name, TypeExpr type, SourceRange range)
      implements Statement {}

  /** {@code func name(a string, b int) returnType => body}. */
  record FuncDecl(
      List<Decorator> decorators,
      Identifier name,
      List<TypedParameter> parameters,
      TypeExpr returnType,
      Expr body,
      SourceRange range) implements Statement {}

  /** A typed parameter of a user-defined function. */
  record TypedParameter(Identifier name, TypeExpr type, SourceRange range) implements Node {}

  /**
   * {@code resource name 'type@version' [existing] = body}. The body is an {@link Expr.ObjectExpr}, an
   * {@link Expr.IfExpr} ({@code if (cond) {...}}) or an {@link Expr.ForExpr} ({@code [for ...: {...}]}).
   * Nested child resources appear as {@link Expr.NestedResource} items of the body object. The type string is
   * normally a literal ({@link Expr.StringExpr#literalValue()}).
   */
  record ResourceDecl(
      List<Decorator> decorators,
      Identifier name,
      Expr.StringExpr type,
      boolean existing,
      Expr body,
      SourceRange range) implements Statement {}

  /** {@code module name 'path' = body} with the same body shapes as a resource. */
  record ModuleDecl(List<Decorator> decorators, Identifier name, Expr path, Expr body, SourceRange range)
      implements Statement {}

  /** {@code output name type = value} (type may be {@link TypeExpr.ResourceType} for resource outputs). */
  record OutputDecl(List<Decorator> decorators, Identifier name, TypeExpr type, Expr value, SourceRange range)
      implements Statement {}

  /**
   * Compile-time import: {@code import {a, b as c} from 'path'} (symbols non-empty), {@code import * as ns from
   * 'path'} (wildcardAlias set), or the legacy provider form {@code import 'az@1.0.0' [with {...}] [as alias]}
   * (from is then the specification string, config/alias optional).
   */
  record ImportDecl(
      List<Decorator> decorators,
      List<ImportedSymbol> symbols,
      Identifier wildcardAlias,
      Expr from,
      Expr config,
      Identifier alias,
      SourceRange range) implements Statement {}

  /** One entry of {@code import { name [as alias] }}; name is an identifier or a string. */
  record ImportedSymbol(PropertyKey name, Identifier alias, SourceRange range) implements Node {}

  /** {@code extension name|'spec' [with {...}] [as alias]}. */
  record ExtensionDecl(List<Decorator> decorators, Expr spec, Expr config, Identifier alias, SourceRange range)
      implements Statement {}

  /** {@code assert name = condition} (experimental). */
  record AssertDecl(List<Decorator> decorators, Identifier name, Expr condition, SourceRange range)
      implements Statement {}

  /** {@code test name 'path' = {...}} (experimental test framework). */
  record TestDecl(List<Decorator> decorators, Identifier name, Expr path, Expr body, SourceRange range)
      implements Statement {}

  /**
   * Params files: {@code using 'main.bicep'} or {@code using none}; path is null for {@code none}; config is the
   * object of {@code using 'main.bicep' with {...}} (deployment command settings), else null.
   */
  record UsingDecl(List<Decorator> decorators, Expr path, SourceRange range, Expr config) implements Statement {}

  /** Params files: {@code extensionConfig name with {...}}. */
  record ExtensionConfigAssignment(List<Decorator> decorators, Identifier name, Expr config, SourceRange range)
      implements Statement {}

  /** Params files: {@code extends 'base.bicepparam'}. */
  record ExtendsDecl(List<Decorator> decorators, Expr path, SourceRange range) implements Statement {}

  /** Params files: {@code param name = value}. */
  record ParamAssignment(List<Decorator> decorators, Identifier name, Expr value, SourceRange range)
      implements Statement {}

  /** Text that did not form a statement; the diagnostics say why. */
  record ErrorStatement(List<Decorator> decorators, SourceRange range) implements Statement {}
}
