package io.vnetlint.hcl.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlint.hcl.syntax.Attribute;
import io.vnetlint.hcl.syntax.Block;
import io.vnetlint.hcl.syntax.BlockLabel;
import io.vnetlint.hcl.syntax.Body;
import io.vnetlint.hcl.syntax.BodyItem;
import io.vnetlint.hcl.syntax.ConditionalExpr;
import io.vnetlint.hcl.syntax.ConfigFile;
import io.vnetlint.hcl.syntax.Expression;
import io.vnetlint.hcl.syntax.LiteralValue;
import io.vnetlint.hcl.syntax.ObjectConsExpr;
import io.vnetlint.hcl.syntax.ObjectConsItem;
import io.vnetlint.hcl.syntax.ObjectConsKeyExpr;
import io.vnetlint.hcl.syntax.ScopeTraversalExpr;
import io.vnetlint.hcl.syntax.TemplateExpr;
import io.vnetlint.hcl.syntax.TemplateFor;
import io.vnetlint.hcl.syntax.TemplateIf;
import io.vnetlint.hcl.syntax.TemplateInterpolation;
import io.vnetlint.hcl.syntax.TemplateLiteral;
import io.vnetlint.hcl.syntax.TemplatePart;
import io.vnetlint.hcl.syntax.TemplateWrapExpr;
import io.vnetlint.hcl.syntax.TupleConsExpr;
import io.vnetlint.hcl.syntax.UnaryOpExpr;
import io.vnetlint.hcl.syntax.UnaryOperator;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The projection's rules on hand-built syntax trees, independent of our parser. The expected JSON is what
 * {@code @cdktf/hcl2json@0.21.0} printed for the same source (see the probes in {@code oracle/probes}).
 */
class Hcl2JsonProjectionTest {
  /** One source text; nodes point into it by the n-th occurrence of a snippet. */
  private static final String SOURCE = String.join("\n",
      "x {}",
      "x = 2",
      "r \"a\" \"b\" {}",
      "r \"a\" \"b\" {}",
      "n = -1",
      "t = !true",
      "v = -var.n",
      "f = f(x)",
      "s = \"pre-${var.x}\"",
      "");
  private static final SourceText TEXT = SourceText.of("p.tf", SOURCE);

  private static SourceRange at(String snippet) {
    int start = SOURCE.indexOf(snippet);
    assertThat(start).as("snippet %s", snippet).isNotNegative();
    return TEXT.range(start, start + snippet.length());
  }

  private static SourceRange nowhere() {
    return TEXT.range(0, 0);
  }

  private static Attribute attr(String name, Expression expr) {
    return new Attribute(name, expr, nowhere(), nowhere(), nowhere());
  }

  private static Block block(String type, List<String> labels, BodyItem... items) {
    List<BlockLabel> blockLabels = labels.stream().map(l -> new BlockLabel(l, nowhere())).toList();
    return new Block(type, blockLabels, body(items), nowhere(), nowhere(), nowhere(), nowhere());
  }

  private static Body body(BodyItem... items) {
    return new Body(List.of(items), nowhere(), nowhere());
  }

  private static LiteralValue number(String n) {
    return new LiteralValue(new BigDecimal(n), nowhere());
  }

  private static ScopeTraversalExpr traversal(String source) {
    return new ScopeTraversalExpr(source.split("\\.")[0], at(source), List.of(), at(source));
  }

  private static TemplateExpr template(TemplatePart... parts) {
    return new TemplateExpr(List.of(parts), nowhere());
  }

  private static TemplateLiteral literal(String value) {
    return new TemplateLiteral(value, nowhere());
  }

  private static JsonNode project(BodyItem... items) throws Exception {
    return Hcl2JsonProjection.project(new ConfigFile("p.tf", body(items), List.of()), TEXT);
  }

  private static JsonNode json(String text) throws Exception {
    return Hcl2JsonGoldens.MAPPER.readTree(text);
  }

  /** Numbers compare by value: the projection keeps BigDecimals, the parsed expectation BigIntegers. */
  private static void assertSameJson(JsonNode actual, JsonNode expected) {
    assertThat(JsonDifference.between(expected, actual)).as("difference").isEmpty();
  }

  @Test
  void jsonDifferenceFindsTheFirstDifferingPath() throws Exception {
    assertThat(JsonDifference.between(json("{\"a\":[1,{\"b\":1500}]}"), json("{\"a\":[1,{\"b\":1.5e3}]}")))
        .isEmpty();
    assertThat(JsonDifference.between(json("{\"a\":[1,{\"b\":\"x\"}]}"), json("{\"a\":[1,{\"b\":\"y\"}]}")))
        .hasValueSatisfying(d -> assertThat(d.path()).isEqualTo("/a/1/b"));
    assertThat(JsonDifference.between(json("{\"a\":[1]}"), json("{\"a\":[1,2]}")))
        .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("/a/1: expected (absent), actual 2"));
  }

  @Test
  void blocksNestByLabelsInArraysAndAttributesOverwriteBlocks() throws Exception {
    JsonNode out = project(
        block("x", List.of(), attr("y", number("1"))),
        attr("x", number("2")),
        block("r", List.of("a", "b"), attr("y", number("1"))),
        block("r", List.of("a", "b"), attr("y", number("2"))),
        block("r", List.of("a", "c")),
        block("locals", List.of(), attr("a", number("1"))),
        block("locals", List.of()));
    assertSameJson(out, json(
        "{\"x\":2,\"r\":{\"a\":{\"b\":[{\"y\":1},{\"y\":2}],\"c\":[{}]}},\"locals\":[{\"a\":1},{}]}"));
  }

  @Test
  void clashingBlockShapesAreConversionErrorsAsInHcl2Json() {
    assertThatThrownBy(() -> project(block("x", List.of("a", "b")), block("x", List.of("a"))))
        .isInstanceOf(Hcl2JsonProjection.ConversionConflict.class)
        .hasMessageContaining("cannot have blocks with and without labels");
    assertThatThrownBy(() -> project(block("x", List.of()), block("x", List.of("a"))))
        .isInstanceOf(Hcl2JsonProjection.ConversionConflict.class)
        .hasMessageContaining("Unable to convert Block to JSON: x.a");
  }

  @Test
  void unaryOperatorsFoldOnlyOverLiterals() throws Exception {
    JsonNode out = project(
        attr("n", new UnaryOpExpr(UnaryOperator.NEGATE, number("1"), nowhere(), at("-1"))),
        attr("t", new UnaryOpExpr(UnaryOperator.LOGICAL_NOT, new LiteralValue(true, nowhere()), nowhere(),
            at("!true"))),
        attr("v", new UnaryOpExpr(UnaryOperator.NEGATE, traversal("var.n"), nowhere(), at("-var.n"))));
    assertSameJson(out, json("{\"n\":-1,\"t\":false,\"v\":\"${-var.n}\"}"));
    assertThatThrownBy(() -> project(attr("b", new UnaryOpExpr(UnaryOperator.NEGATE,
        new LiteralValue(true, nowhere()), nowhere(), at("-1")))))
        .isInstanceOf(Hcl2JsonProjection.ConversionConflict.class);
  }

  @Test
  void literalsTuplesAndObjectsConvertStructurally() throws Exception {
    JsonNode out = project(
        attr("a", number("1.5e3")),
        attr("b", new LiteralValue(null, nowhere())),
        attr("c", new TupleConsExpr(List.of(number("1"), template(literal("two")), traversal("var.x")),
            nowhere(), nowhere())),
        attr("o", new ObjectConsExpr(List.of(
            new ObjectConsItem(new ObjectConsKeyExpr(traversal("var.x"), false), number("1")),
            new ObjectConsItem(new ObjectConsKeyExpr(template(literal("k")), false), number("2")),
            new ObjectConsItem(new ObjectConsKeyExpr(number("4"), false), number("3")),
            new ObjectConsItem(new ObjectConsKeyExpr(template(literal("k")), false), number("5"))),
            nowhere(), nowhere())));
    assertSameJson(out, json(
        "{\"a\":1500,\"b\":null,\"c\":[1,\"two\",\"${var.x}\"],\"o\":{\"var.x\":1,\"k\":5,\"4\":3}}"));
    assertThat(out.get("a").decimalValue()).isEqualByComparingTo("1500");
  }

  @Test
  void templatesRenderDirectivesWithoutStripMarkers() throws Exception {
    Expression cond = traversal("var.x");
    TemplateExpr rendered = template(
        literal("pre-"),
        new TemplateInterpolation(traversal("var.x"), false, true, nowhere()),
        new TemplateInterpolation(number("1.50"), false, false, nowhere()),
        new TemplateInterpolation(new LiteralValue(null, nowhere()), false, false, nowhere()),
        new TemplateIf(cond, List.of(literal("yes")), List.of(), nowhere()),
        new TemplateIf(cond, List.of(literal("yes")), List.of(literal("no")), nowhere()),
        new TemplateFor("k", "v", traversal("var.x"), List.of(literal("i")), nowhere()),
        new TemplateFor(null, "v", traversal("var.x"), List.of(), nowhere()),
        new TemplateInterpolation(new ConditionalExpr(cond, template(literal("a")), number("1"), nowhere()),
            false, false, nowhere()));
    JsonNode out = project(attr("s", rendered), attr("w", new TemplateWrapExpr(number("1"), nowhere())));
    assertThat(out.get("s").asText()).isEqualTo("pre-${var.x}1.5null%{if var.x}yes%{endif}"
        + "%{if var.x}yes%{else}no%{endif}%{for k, v in var.x}i%{endfor}%{for v in var.x}%{endfor}"
        + "%{if var.x}a%{else}1%{endif}");
    assertThat(out.get("w").isNumber()).as("\"${1}\" is the number 1").isTrue();
  }

  @Test
  void literalSequenceStartsAreEscapedAgain() throws Exception {
    // The parser resolved "$${a} %%{b} \u0024{c}" to "${a} %{b} ${c}"; hcl2json prints the template form.
    JsonNode out = project(attr("e", template(literal("${a} %{b} ${c} $ % {"))));
    assertThat(out.get("e").asText()).isEqualTo("$${a} %%{b} $${c} $ % {");
  }

  @Test
  void otherExpressionsAreTheirSourceIncludingAFollowingParenthesis() throws Exception {
    // hcl2json's rangeSource appends a ')' that directly follows the range: "f(x" + ")".
    JsonNode out = project(attr("f", traversal("f(x")));
    assertThat(out.get("f").asText()).isEqualTo("${f(x)}");
  }
}
