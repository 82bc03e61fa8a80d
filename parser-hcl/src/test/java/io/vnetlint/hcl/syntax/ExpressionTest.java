package io.vnetlint.hcl.syntax;

import static io.vnetlint.hcl.syntax.Hcl.assertRange;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expression node kinds, their trees and exact ranges. Every snippet is the attribute {@code a = ...}. */
class ExpressionTest {

  @Test
  void scopeTraversalWithAttributesAndIndexes() {
    ScopeTraversalExpr t = (ScopeTraversalExpr) Hcl.expr("foo.bar[0].baz");
    assertThat(t.rootName()).isEqualTo("foo");
    assertRange(t.rootRange(), "1:5-1:8 4-7");
    assertRange(t.range(), "1:5-1:19 4-18");
    assertThat(t.traversal()).hasSize(3);
    assertThat(((TraverseAttr) t.traversal().get(0)).name()).isEqualTo("bar");
    assertRange(t.traversal().get(0).range(), "1:8-1:12 7-11");
    TraverseIndex index = (TraverseIndex) t.traversal().get(1);
    assertThat(index.key().value()).isEqualTo(new BigDecimal("0"));
    assertThat(index.legacy()).isFalse();
    assertRange(index.range(), "1:12-1:15 11-14");
    assertRange(index.key().range(), "1:13-1:14 12-13");
    assertRange(t.traversal().get(2).range(), "1:15-1:19 14-18");
  }

  @Test
  void stringIndexKeyIsAStaticStep() {
    ScopeTraversalExpr t = (ScopeTraversalExpr) Hcl.expr("azurerm_subnet.this[\"gw\"].id");
    TraverseIndex index = (TraverseIndex) t.traversal().get(1);
    assertThat(index.key().value()).isEqualTo("gw");
    assertRange(index.key().range(), "1:25-1:29 24-28");
    assertRange(index.range(), "1:24-1:30 23-29");
  }

  @Test
  void dynamicIndexIsAnIndexExpr() {
    IndexExpr i = (IndexExpr) Hcl.expr("foo[var.x]");
    assertThat(((ScopeTraversalExpr) i.collection()).rootName()).isEqualTo("foo");
    assertThat(((ScopeTraversalExpr) i.key()).rootName()).isEqualTo("var");
    assertRange(i.bracketRange(), "1:8-1:15 7-14");
    assertRange(i.range(), "1:5-1:15 4-14");
  }

  @Test
  void legacyIndex() {
    ScopeTraversalExpr t = (ScopeTraversalExpr) Hcl.expr("foo.0.bar");
    TraverseIndex index = (TraverseIndex) t.traversal().get(0);
    assertThat(index.legacy()).isTrue();
    assertThat(index.key().value()).isEqualTo(new BigDecimal("0"));
    assertRange(index.range(), "1:8-1:10 7-9");
    assertRange(t.traversal().get(1).range(), "1:10-1:14 9-13");
  }

  @Test
  void fullSplatTakesTheFollowingSteps() {
    SplatExpr s = (SplatExpr) Hcl.expr("foo[*].bar[0]");
    assertThat(s.attrOnly()).isFalse();
    assertThat(((ScopeTraversalExpr) s.source()).rootName()).isEqualTo("foo");
    assertRange(s.markerRange(), "1:8-1:11 7-10");
    assertRange(s.item().range(), "1:8-1:11 7-10");
    RelativeTraversalExpr each = (RelativeTraversalExpr) s.each();
    assertThat(each.source()).isSameAs(s.item());
    assertThat(each.traversal()).hasSize(2);
    assertRange(each.range(), "1:8-1:18 7-17");
    assertRange(s.range(), "1:5-1:18 4-17");
  }

  @Test
  void attributeSplatStopsBeforeAnIndex() {
    RelativeTraversalExpr outer = (RelativeTraversalExpr) Hcl.expr("foo.*.bar[0]");
    SplatExpr s = (SplatExpr) outer.source();
    assertThat(s.attrOnly()).isTrue();
    assertRange(s.markerRange(), "1:8-1:10 7-9");
    RelativeTraversalExpr each = (RelativeTraversalExpr) s.each();
    assertThat(((TraverseAttr) each.traversal().get(0)).name()).isEqualTo("bar");
    assertRange(each.range(), "1:10-1:14 9-13");
    assertRange(s.range(), "1:5-1:14 4-13");
    assertThat(((TraverseIndex) outer.traversal().get(0)).key().value()).isEqualTo(new BigDecimal("0"));
    assertRange(outer.range(), "1:5-1:17 4-16");
  }

  @Test
  void splatWithoutSteps() {
    SplatExpr s = (SplatExpr) Hcl.expr("azurerm_subnet.this[*]");
    assertThat(s.each()).isSameAs(s.item());
  }

  @Test
  void providerNamespacedFunction() {
    FunctionCallExpr f = (FunctionCallExpr) Hcl.expr("provider::azurerm::normalise_resource_id(\"x\")");
    assertThat(f.name()).isEqualTo("provider::azurerm::normalise_resource_id");
    assertThat(f.namespace()).isEqualTo("provider::azurerm");
    assertThat(f.baseName()).isEqualTo("normalise_resource_id");
    assertRange(f.nameRange(), "1:5-1:45 4-44");
    assertRange(f.openParenRange(), "1:45-1:46 44-45");
    assertRange(f.closeParenRange(), "1:49-1:50 48-49");
    assertRange(f.range(), "1:5-1:50 4-49");
    assertThat(f.args()).hasSize(1);
  }

  @Test
  void expandedFinalArgumentAndNewlinesInArguments() {
    FunctionCallExpr f = (FunctionCallExpr) Hcl.expr("concat(\n  x,\n  y...\n)");
    assertThat(f.expandFinal()).isTrue();
    assertThat(f.args()).hasSize(2);
    assertRange(f.range(), "1:5-4:2 4-25");
  }

  @Test
  void tupleForWithCondition() {
    ForExpr f = (ForExpr) Hcl.expr("[for k, v in m : v if k != \"x\"]");
    assertThat(f.isObject()).isFalse();
    assertThat(f.keyVar()).isEqualTo("k");
    assertThat(f.valVar()).isEqualTo("v");
    assertThat(((ScopeTraversalExpr) f.collExpr()).rootName()).isEqualTo("m");
    assertThat(f.keyExpr()).isNull();
    assertThat(((BinaryOpExpr) f.condExpr()).op()).isEqualTo(BinaryOperator.NOT_EQUAL);
    assertRange(f.condExpr().range(), "1:27-1:35 26-34");
    assertRange(f.openRange(), "1:5-1:6 4-5");
    assertRange(f.closeRange(), "1:35-1:36 34-35");
    assertRange(f.range(), "1:5-1:36 4-35");
  }

  @Test
  void objectForWithGrouping() {
    ForExpr f = (ForExpr) Hcl.expr("{\n  for v in l :\n  v.k => v...\n}");
    assertThat(f.isObject()).isTrue();
    assertThat(f.keyVar()).isNull();
    assertThat(f.group()).isTrue();
    assertThat(((ScopeTraversalExpr) f.keyExpr()).traversal()).hasSize(1);
    assertThat(f.condExpr()).isNull();
  }

  @Test
  void forAtTheStartOfBracketsIsAlwaysAForExpression() {
    HclParseResult r = Hcl.parse("a = [for, foo]\n");
    assertThat(Hcl.summaries(r)).containsExactly("Invalid 'for' expression @ 1:9-1:10");
    Expression paren = Hcl.expr("[(for), foo]");
    assertThat(((TupleConsExpr) paren).exprs()).hasSize(2);
  }

  @Test
  void operatorPrecedence() {
    ConditionalExpr c = (ConditionalExpr) Hcl.expr("1 + 2 * 3 == 7 || !b && c ? -1 : 2");
    BinaryOpExpr or = (BinaryOpExpr) c.condition();
    assertThat(or.op()).isEqualTo(BinaryOperator.OR);
    BinaryOpExpr eq = (BinaryOpExpr) or.lhs();
    assertThat(eq.op()).isEqualTo(BinaryOperator.EQUAL);
    BinaryOpExpr add = (BinaryOpExpr) eq.lhs();
    assertThat(add.op()).isEqualTo(BinaryOperator.ADD);
    assertThat(((BinaryOpExpr) add.rhs()).op()).isEqualTo(BinaryOperator.MULTIPLY);
    BinaryOpExpr and = (BinaryOpExpr) or.rhs();
    assertThat(and.op()).isEqualTo(BinaryOperator.AND);
    UnaryOpExpr not = (UnaryOpExpr) and.lhs();
    assertThat(not.op()).isEqualTo(UnaryOperator.LOGICAL_NOT);
    assertRange(not.symbolRange(), "1:23-1:24 22-23");
    UnaryOpExpr neg = (UnaryOpExpr) c.trueResult();
    assertThat(neg.op()).isEqualTo(UnaryOperator.NEGATE);
    assertThat(((LiteralValue) neg.val()).value()).isEqualTo(new BigDecimal("1"));
    assertRange(add.range(), "1:5-1:14 4-13");
    assertRange(c.range(), "1:5-1:39 4-38");
  }

  @Test
  void sameLevelOperatorsAreLeftAssociative() {
    BinaryOpExpr sub = (BinaryOpExpr) Hcl.expr("a - b - c");
    assertThat(sub.lhs()).isInstanceOf(BinaryOpExpr.class);
    assertThat(((ScopeTraversalExpr) sub.rhs()).rootName()).isEqualTo("c");
    BinaryOpExpr cmp = (BinaryOpExpr) Hcl.expr("a < b == c > d");
    assertThat(cmp.op()).isEqualTo(BinaryOperator.EQUAL);
  }

  @Test
  void dashIsPartOfIdentifiers() {
    assertThat(((ScopeTraversalExpr) Hcl.expr("foo-bar")).rootName()).isEqualTo("foo-bar");
    assertThat(((BinaryOpExpr) Hcl.expr("foo - bar")).op()).isEqualTo(BinaryOperator.SUBTRACT);
  }

  @Test
  void objectKeysAndSeparators() {
    ObjectConsExpr o = (ObjectConsExpr) Hcl.expr("{\n  x = 1, \"y\" = 2\n  (z) = 3\n  w: 4\n  true = 5\n}");
    assertThat(o.items()).hasSize(5);
    assertThat(o.items().get(0).key().bareName()).contains("x");
    assertThat(o.items().get(1).key().bareName()).isEmpty();
    assertThat(((TemplateExpr) o.items().get(1).key().wrapped()).literalValue()).isEqualTo("y");
    assertThat(o.items().get(2).key().forceNonLiteral()).isTrue();
    assertThat(o.items().get(2).key().bareName()).isEmpty();
    assertThat(o.items().get(3).key().bareName()).contains("w");
    assertThat(o.items().get(4).key().bareName()).contains("true");
    assertRange(o.items().get(0).range(), "2:3-2:8 8-13");
    assertRange(o.openRange(), "1:5-1:6 4-5");
  }

  @Test
  void conditionalAcrossLinesInParentheses() {
    ParenthesesExpr p = (ParenthesesExpr) Hcl.expr("(\n  true\n  ? 1\n  : 2\n)");
    assertThat(p.expression()).isInstanceOf(ConditionalExpr.class);
    assertRange(p.range(), "1:5-5:2 4-26");
  }

  @Test
  void literals() {
    assertThat(((LiteralValue) Hcl.expr("1.5e3")).value()).isEqualTo(new BigDecimal("1.5e3"));
    assertThat(((LiteralValue) Hcl.expr("true")).value()).isEqualTo(Boolean.TRUE);
    assertThat(((LiteralValue) Hcl.expr("null")).isNull()).isTrue();
    assertThat(((LiteralValue) Hcl.expr("3.14159265358979323846264338327950288419716939937510582097494459")).value())
        .isEqualTo(new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
  }

  @Test
  void unicodeColumnsCountUtf16UnitsAndBytesCountUtf8() {
    Expression e = Hcl.expr("\"é😀x\"");
    assertRange(e.range(), "1:5-1:11 4-13");
    assertThat(((TemplateExpr) e).literalValue()).isEqualTo("é😀x");
  }

  @Test
  void unicodeIdentifiers() {
    assertThat(((ScopeTraversalExpr) Hcl.expr("ñame_1")).rootName()).isEqualTo("ñame_1");
  }

  @Test
  void standaloneExpressionIgnoresNewlines() {
    HclExpressionResult r = HclParser.parseExpression(io.vnetlint.model.SourceText.of("var", "[\n 1,\n 2\n]"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(((TupleConsExpr) r.expression()).exprs()).hasSize(2);
    HclExpressionResult extra = HclParser.parseExpression(io.vnetlint.model.SourceText.of("var", "1 + 2 3"));
    assertThat(extra.diagnostics()).extracting(d -> d.message().substring(0, d.message().indexOf(';')))
        .containsExactly("Extra characters after expression");
  }
}
