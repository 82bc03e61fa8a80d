package io.vnetlint.arm.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader takes exactly the expressions the ANTLR grammar parses without an error, and builds the
 * same tree for them; everything else is left to ANTLR (so error messages and offsets stay ANTLR's).
 */
class HandExpressionParserTest {

  private static final List<String> HAND_PICKED = List.of(
      "parameters('x')", "concat(variables('vnet').name, 'it''s', -3)[0]", " contoso.uniqueName( 'a' ) ",
      "a.b.c()", "a.b", "a", "a(", "a()", "a())", "a(,)", "a(1,)", "a(1 2)", "f()[0]", "f()[ 0 ]", "f() [0] . x",
      "f().x.y[1][2]", "f()[f()[1]]", "f()[", "f()]", "f().", "f().1", "f().-x", "f().x-1", "f()['a']", "'a'", "''",
      "''''", "'it''s'", "'unterminated", "'a''", "'a'''", "'a'.b", "'a'[0]", "1", "-1", "--1", "-", "- 1", "1.5",
      "1.x", "1x", "01", "-007", "123456789012345678901234567890", "x-1()", "x--y(1)", "$f()", "_f()", "9f()",
      "f(-)", "f(- 1)", "f(\t1\r\n,\n2 )", "f(1)\n", "\n", "", " ", "f(1) g(2)", "f(1),", "ns . fn ( )", "ns.fn.x()",
      "f('a\"b')", "f('\\')", "f('a\u00e9\uD83D\uDE00')", "f\u00e9()", "f(\u00a0)", "f(1)\u00a0", "f(1)\u0000",
      "f(true)", "f(null)", "if(equals(1, 1), 'a', 'b')", "[f()]", "f()[]", "f(()", "f(1)(2)", "f.()", ".f()",
      "f(a)", "f('a' 'b')", "f('a''b')", "f(1 ,2)", "f(,1)", "f(1,,2)", "f ()", "f\t(\n)");

  private static final String ALPHABET = "()[],.' -0123456789az$_\t\nXZ'\"\u00e9";

  private static void sameAsAntlr(String content) {
    ParsedExpression antlr = ExpressionParser.parseWithAntlr(content);
    Expr hand = HandExpressionParser.parseOrNull(content);
    if (antlr instanceof ParsedExpression.Ok ok) {
      assertThat(hand).as("hand-read tree of [%s]", content).isEqualTo(ok.expr());
    } else {
      assertThat(hand).as("[%s] is an error for ANTLR: %s", content, antlr).isNull();
    }
  }

  @Test
  void handPickedExpressionsReadAsAntlrReadsThem() {
    int ok = 0;
    for (String content : HAND_PICKED) {
      sameAsAntlr(content);
      ok += HandExpressionParser.parseOrNull(content) != null ? 1 : 0;
    }
    assertThat(ok).as("well-formed hand-picked expressions").isGreaterThan(25);
  }

  @Test
  void mutatedExpressionsReadAsAntlrReadsThem() {
    Random random = new Random(12);
    List<String> seeds = new ArrayList<>(HAND_PICKED);
    int ok = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          case 1 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          default -> {
            String other = seeds.get(random.nextInt(seeds.size()));
            sb.insert(at, other, 0, Math.min(other.length(), random.nextInt(8)));
          }
        }
      }
      String content = sb.toString();
      sameAsAntlr(content);
      if (HandExpressionParser.parseOrNull(content) != null) {
        ok++;
        if (seeds.size() < 400) {
          seeds.add(content);
        }
      }
    }
    assertThat(ok).as("well-formed mutants").isGreaterThan(2000);
  }

  @Test
  void everyExpressionOfTheCorpusReadsAsAntlrReadsIt() throws IOException {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Paths.get(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    Set<String> expressions = new LinkedHashSet<>();
    JsonFactory json = new JsonFactory();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
    }
    for (Path file : files) {
      try (JsonParser p = json.createParser(file.toFile())) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING && ExpressionParser.isExpression(p.getText())) {
            String s = p.getText();
            expressions.add(s.substring(1, s.length() - 1));
          }
        }
      } catch (IOException e) {
        // not JSON: the corpus has some; nothing to take from it
      }
    }
    int wellFormed = 0;
    for (String content : expressions) {
      sameAsAntlr(content);
      wellFormed += HandExpressionParser.parseOrNull(content) != null ? 1 : 0;
    }
    assertThat(expressions.size()).as("distinct expressions in the corpus").isGreaterThan(5_000);
    assertThat(wellFormed).isGreaterThan(expressions.size() * 9 / 10);
  }
}
