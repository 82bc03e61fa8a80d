package io.vnetlint.arm.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {
  private final ExpressionParser parser = new ExpressionParser();

  private Expr ok(String s) {
    ParsedExpression p = parser.parse(s);
    assertThat(p).as(s).isInstanceOf(ParsedExpression.Ok.class);
    return ((ParsedExpression.Ok) p).expr();
  }

  private ParsedExpression.SyntaxError error(String s) {
    ParsedExpression p = parser.parse(s);
    assertThat(p).as(s).isInstanceOf(ParsedExpression.SyntaxError.class);
    return (ParsedExpression.SyntaxError) p;
  }

  @Test
  void onlyBracketedStringsThatDoNotStartWithTwoBracketsAreExpressions() {
    assertThat(ExpressionParser.isExpression("[parameters('x')]")).isTrue();
    assertThat(ExpressionParser.isExpression("[[parameters('x')]")).isFalse();
    assertThat(ExpressionParser.isExpression("[test] value")).isFalse();
    assertThat(ExpressionParser.isExpression("plain")).isFalse();
    assertThat(ExpressionParser.literal("[[test value]")).isEqualTo("[test value]");
    assertThat(ExpressionParser.literal("[[x")).isEqualTo("[[x");
    assertThat(ExpressionParser.literal("plain")).isEqualTo("plain");
  }

  @Test
  void parsesCallsLiteralsPropertiesAndIndexes() {
    Expr e = ok("[concat(variables('vnet').name, 'it''s', -3)[0]]");
    assertThat(e).isEqualTo(new Expr.Index(
        new Expr.Call(null, "concat", List.of(
            new Expr.Property(new Expr.Call(null, "variables", List.of(new Expr.StringLiteral("vnet"))), "name"),
            new Expr.StringLiteral("it's"),
            new Expr.IntegerLiteral(BigInteger.valueOf(-3)))),
        new Expr.IntegerLiteral(BigInteger.ZERO)));
  }

  @Test
  void parsesUserDefinedFunctionsAndWhitespace() {
    assertThat(ok("[ contoso.uniqueName( 'a' ) ]"))
        .isEqualTo(new Expr.Call("contoso", "uniqueName", List.of(new Expr.StringLiteral("a"))));
  }

  @Test
  void unbalancedParenthesesAreSyntaxErrorsWithTheirOffset() {
    ParsedExpression.SyntaxError e = error("[concat('a', 'b']");
    // offset 16 is the closing bracket, where ')' was expected (offsets count from the leading '[')
    assertThat(e.offset()).isEqualTo(16);
    assertThat(e.message()).startsWith("invalid expression: ").contains("')'");
    assertThat(error("[concat('a'))]").offset()).isEqualTo(12);
  }

  @Test
  void unterminatedStringsAndStrayCharactersAreSyntaxErrors() {
    assertThat(error("[concat('a)]").message()).contains("token recognition error");
    assertThat(error("[parameters('a') + 1]").offset()).isEqualTo(17);
    assertThat(error("[]").offset()).isEqualTo(1);
  }

  @Test
  void deeplyNestedExpressionsAreErrorsNotStackOverflows() {
    String deep = "[" + "f(".repeat(6_000) + ")".repeat(6_000) + "]";
    ParsedExpression.SyntaxError e = error(deep);
    assertThat(e.message()).isEqualTo("expression nesting deeper than 500 levels");
    assertThat(e.offset()).isEqualTo(1 + 2 * 500 + 1);
    ok("[" + "f(".repeat(200) + ")".repeat(200) + "]");
  }

  @Test
  void overlongExpressionsAreErrors() {
    String s = "['" + "x".repeat(ExpressionParser.MAX_LENGTH) + "']";
    assertThat(error(s).message()).isEqualTo("expression longer than 24,576 characters");
  }

  @Test
  void eachDistinctStringIsParsedOnce() {
    ParsedExpression first = parser.parse("[parameters('location')]");
    assertThat(parser.parse("[parameters('location')]")).isSameAs(first);
    assertThat(parser.cacheSize()).isEqualTo(1);
  }
}
