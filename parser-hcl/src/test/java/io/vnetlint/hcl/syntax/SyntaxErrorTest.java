package io.vnetlint.hcl.syntax;

import static io.vnetlint.hcl.syntax.Hcl.assertRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceText;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Syntax errors: HashiCorp's messages and ranges, recovery, limits, and no exception on any input. */
class SyntaxErrorTest {

  @Test
  void commaAfterArgument() {
    HclParseResult r = Hcl.parse("a = \"a value\", b = \"b value\"\n");
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.kind()).isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(d.code()).isEqualTo("hcl-syntax");
    assertThat(d.message()).isEqualTo("Unexpected comma after argument; Argument definitions must be separated by "
        + "newlines, not commas. An argument definition must end with a newline.");
    assertRange(d.range(), "1:14-1:15 13-14");
    assertThat(r.file().body().attribute("a")).isPresent();
  }

  @Test
  void badBlockDoesNotHideTheRest() {
    HclParseResult r = Hcl.parse("\nblock \"invalid\" 1.2 {}\nblock \"valid\" {}\n");
    assertThat(Hcl.summaries(r)).containsExactly("Invalid block definition @ 2:17-2:20");
    List<Block> blocks = r.file().body().blocks();
    assertThat(blocks).extracting(b -> b.labelValues().get(0)).containsExactly("invalid", "valid");
    assertRange(blocks.get(0).openBraceRange(), "2:1-2:6 1-6");
    assertRange(blocks.get(0).closeBraceRange(), "2:7-2:16 7-16");
    assertRange(blocks.get(1).typeRange(), "3:1-3:6 24-29");
    assertRange(blocks.get(1).range(), "3:1-3:17 24-40");
  }

  @Test
  void nestedBlockInOneLineBlock() {
    HclParseResult r = Hcl.parse("block { block {} }\n");
    assertThat(Hcl.summaries(r)).containsExactly("Argument definition required @ 1:9-1:16");
    Block block = r.file().body().blocks().get(0);
    assertRange(block.body().range(), "1:7-2:1 6-19");
    assertRange(block.closeBraceRange(), "2:1-2:1 19-19");
  }

  @Test
  void recoveryAfterBrokenExpressions() {
    HclParseResult r = Hcl.parse("a = (1 +\nb = 2\nresource \"x\" \"y\" {\n  c = [1 2]\n}\nd = 4\n");
    assertThat(Hcl.summaries(r)).containsExactly("Unbalanced parentheses @ 2:3-2:4");
    Body body = r.file().body();
    assertThat(body.items()).extracting(i -> i instanceof Attribute a ? a.name() : ((Block) i).type())
        .containsExactly("a", "resource", "d");
  }

  @Test
  void missingValueInsideBlock() {
    HclParseResult r = Hcl.parse("a {\n  b =\n}\nc = 1\n");
    assertThat(Hcl.summaries(r)).containsExactly("Invalid expression @ 2:6-3:1");
    Body body = r.file().body();
    assertThat(body.blocks().get(0).body().attribute("b").orElseThrow().expr()).isInstanceOf(ExprSyntaxError.class);
    assertThat(body.attribute("c")).isPresent();
  }

  @Test
  void unclosedBlock() {
    HclParseResult r = Hcl.parse("a {\n");
    assertThat(Hcl.summaries(r)).containsExactly("Unclosed configuration block @ 1:3-1:4");
  }

  @Test
  void missingNewlineAfterBlock() {
    assertThat(Hcl.summaries(Hcl.parse("a {} b = 1\n")))
        .containsExactly("Missing newline after block definition @ 1:6-1:7");
  }

  @Test
  void invalidCharacters() {
    assertThat(Hcl.summaries(Hcl.parse("a = 1;\n")))
        .containsExactly("Invalid character @ 1:6-1:7", "Missing newline after argument @ 1:6-1:7");
    assertThat(Hcl.summaries(Hcl.parse("a = 'x'\n")).get(0)).isEqualTo("Invalid character @ 1:5-1:6");
    assertThat(Hcl.summaries(Hcl.parse("a = b & c\n")).get(0)).isEqualTo("Unsupported operator @ 1:7-1:8");
  }

  @Test
  void invalidNumbersAndLegacyIndexes() {
    assertThat(Hcl.summaries(Hcl.parse("a = 1.2.3\n"))).containsExactly("Invalid number literal @ 1:5-1:10");
    assertThat(Hcl.summaries(Hcl.parse("a = foo.0.1\n"))).containsExactly("Invalid legacy index syntax @ 1:9-1:12");
  }

  @Test
  void functionCallErrors() {
    assertThat(Hcl.summaries(Hcl.parse("a = f(1 2)\n"))).containsExactly("Missing argument separator @ 1:9-1:10");
    assertThat(Hcl.summaries(Hcl.parse("a = f(1")).get(0)).isEqualTo("Unterminated function call @ 1:5-1:7");
    assertThat(Hcl.summaries(Hcl.parse("a = provider::(1)\n"))).containsExactly("Missing function name @ 1:15-1:16");
    assertThat(Hcl.summaries(Hcl.parse("a = provider::x::y\n")))
        .containsExactly("Missing open parenthesis @ 1:19-2:1");
  }

  @Test
  void objectErrors() {
    assertThat(Hcl.summaries(Hcl.parse("a = { b }\n"))).containsExactly("Missing key/value separator @ 1:9-1:10");
    assertThat(Hcl.summaries(Hcl.parse("a = { b = 1 c = 2 }\n")))
        .containsExactly("Missing attribute separator @ 1:13-1:14");
  }

  @Test
  void unclosedIndexIsReportedWhereRecoveryStopped() {
    // hclsyntax reassigns the token its diagnostic points at: the "]" found by recovery, or the end of the file.
    assertThat(Hcl.summaries(Hcl.parse("a = x[1 2]\nb = 1\n")))
        .containsExactly("Missing close bracket on index @ 1:10-1:11");
    assertThat(Hcl.summaries(Hcl.parse("a = \"${x[*}\"\n")).get(0))
        .isEqualTo("Missing close bracket on splat index @ 2:1-2:1");
  }

  @Test
  void quotedArgumentName() {
    assertThat(Hcl.summaries(Hcl.parse("\"a\" = 1\n"))).containsExactly("Invalid argument name @ 1:1-1:2");
  }

  @Test
  void nestingLimitGivesAPositionedErrorNotAStackOverflow() throws Exception {
    String[] inputs = {
      "a = " + "[".repeat(20_000),
      "a = " + "(".repeat(20_000) + "1" + ")".repeat(20_000),
      "a = " + "{a=".repeat(20_000),
      "a = " + "!".repeat(20_000) + "true",
      "a = " + "\"${".repeat(20_000),
      "a = x" + "[*]".repeat(20_000),
      "b {\n".repeat(20_000),
    };
    // 1 MB is the JVM's default thread stack; with 128 KB the parser must fall back to a larger stack of its own.
    for (long stack : new long[] {1024 * 1024, 128 * 1024}) {
      for (String input : inputs) {
        assertDeepInputGivesNestingError(input, stack);
      }
    }
  }

  private static void assertDeepInputGivesNestingError(String input, long stack) throws InterruptedException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(HclParser.parse(SourceText.of("deep.tf", input)));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "deep", stack);
    t.start();
    t.join();
    assertThat(result.get()).as(input.substring(0, 10) + " on a stack of " + stack).isInstanceOf(HclParseResult.class);
    HclParseResult r = (HclParseResult) result.get();
    assertThat(r.hasErrors()).isTrue();
    assertThat(Hcl.messages(r)).anyMatch(m -> m.startsWith("Nesting too deep"));
  }

  @Test
  void nestingWithinTheLimitIsFine() {
    int depth = Limits.MAX_NESTING - 10;
    HclParseResult r = Hcl.parse("a = " + "[".repeat(depth) + "]".repeat(depth) + "\n");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void fileTooLarge() {
    String big = "#".repeat((int) Limits.MAX_FILE_BYTES + 1);
    HclParseResult r = Hcl.parse(big);
    assertThat(Hcl.messages(r)).singleElement().asString().startsWith("File too large");
  }

  @Test
  void neverThrowsOnRandomInput() {
    String alphabet = "ab01 \n\r\t{}[]()\"'$%~<>-=!&|*/.:,?#\\EOT<<-${}%{}\u00e9\ud83d\ude00";
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      int len = random.nextInt(40);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = sb.toString();
      try {
        HclParser.parse(SourceText.of("fuzz.tf", input));
        HclParser.parseExpression(SourceText.of("fuzz", input));
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("parser threw on " + input.replace("\n", "\\n"), e);
      }
    }
  }
}
