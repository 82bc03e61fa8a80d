package io.vnetlint.bicep.syntax;

import io.vnetlint.model.SourceRange;
import java.util.List;

/** A Bicep expression (the compiler's expression syntax nodes). */
public sealed interface Expr extends Node {

  /**
   * A string: {@code 'abc'}, {@code 'a${x}b'} or a multi-line {@code '''...'''} string. {@code segments} are the
   * unescaped literal pieces around the interpolations; {@code segments.size() == expressions.size() + 1}.
   * Multi-line strings have no escapes and no interpolation (one segment).
   */
  record StringExpr(List<String> segments, List<Expr> expressions, boolean multiline, SourceRange range)
      implements Expr, PropertyKey {
    public boolean isLiteral() {
      return expressions.isEmpty();
    }

    /** The value of a string without interpolation; null otherwise. */
    public String literalValue() {
      return expressions.isEmpty() ? segments.get(0) : null;
    }
  }

  /** A non-negative integer literal (a leading minus is a {@link Unary}); {@code text} keeps the digits. */
  record IntLiteral(long value, String text, SourceRange range) implements Expr {}

  record BoolLiteral(boolean value, SourceRange range) implements Expr {}

  record NullLiteral(SourceRange range) implements Expr {}

  /** A reference to a parameter, variable, resource, module, lambda variable, loop variable or namespace. */
  record VariableRef(Identifier name, SourceRange range) implements Expr {}

  /** {@code { key: value ... }} on one or several lines. Items are properties, spreads and nested resources. */
  record ObjectExpr(List<ObjectItem> items, SourceRange range) implements Expr {
    /** The value of the first property with a literal key equal to {@code name} (case-sensitive), or null. */
    public Expr property(String name) {
      for (ObjectItem item : items) {
        if (item instanceof ObjectProperty p && name.equals(p.key().literalName())) {
          return p.value();
        }
      }
      return null;
    }
  }

  /** An item of an object literal. */
  sealed interface ObjectItem extends Node permits ObjectProperty, Spread, NestedResource {}

  /** {@code key: value}; decorators only occur in object types and are kept for completeness. */
  record ObjectProperty(List<Decorator> decorators, PropertyKey key, Expr value, SourceRange range)
      implements ObjectItem {}

  /** A child resource declared inside a resource body. */
  record NestedResource(Statement.ResourceDecl declaration, SourceRange range) implements ObjectItem {}

  /** {@code ...expr} inside an object or array. */
  record Spread(Expr expression, SourceRange range) implements Expr, ObjectItem {}

  /** {@code [ a, b ]} or one item per line. */
  record ArrayExpr(List<Expr> items, SourceRange range) implements Expr {}

  /**
   * {@code [for item in source: body]} or {@code [for (item, index) in source: body]}; {@code index} is null when
   * absent. A filter {@code [for x in xs: if (cond) {...}]} has an {@link IfExpr} body.
   */
  record ForExpr(Identifier item, Identifier index, Expr source, Expr body, SourceRange range) implements Expr {}

  /** {@code if (condition) body}: a conditional resource/module body or a loop filter. */
  record IfExpr(Expr condition, Expr body, SourceRange range) implements Expr {}

  /** {@code condition ? whenTrue : whenFalse}. */
  record Ternary(Expr condition, Expr whenTrue, Expr whenFalse, SourceRange range) implements Expr {}

  record Binary(BinaryOperator operator, Expr left, Expr right, SourceRange range) implements Expr {}

  record Unary(UnaryOperator operator, Expr operand, SourceRange range) implements Expr {}

  /** {@code expr!}. */
  record NonNullAssert(Expr expression, SourceRange range) implements Expr {}

  /** {@code base.property} or, when {@code safe}, {@code base.?property}. */
  record PropertyAccess(Expr base, Identifier property, boolean safe, SourceRange range) implements Expr {}

  /** {@code parent::child}. */
  record ResourceAccess(Expr base, Identifier child, SourceRange range) implements Expr {}

  /** {@code base[index]}; {@code safe} for {@code base[?index]}, {@code fromEnd} for {@code base[^index]}. */
  record IndexAccess(Expr base, Expr index, boolean safe, boolean fromEnd, SourceRange range) implements Expr {}

  /**
   * {@code name(args)}, or {@code target.name(args)} when {@code target} is not null (namespaced calls such as
   * {@code sys.concat(...)}, {@code az.resourceGroup()}, and instance calls such as {@code stg.listKeys()}).
   */
  record FunctionCall(Expr target, Identifier name, List<Expr> arguments, SourceRange range) implements Expr {
    /** The namespace of {@code ns.name(...)} when target is a plain identifier ("sys", "az"), else null. */
    public String namespace() {
      return target instanceof VariableRef v ? v.name().name() : null;
    }
  }

  /** {@code x => body} or {@code (a, b) => body}. */
  record Lambda(List<Identifier> parameters, Expr body, SourceRange range) implements Expr {}

  /** {@code ( expr )}. */
  record Paren(Expr expression, SourceRange range) implements Expr {}
}
