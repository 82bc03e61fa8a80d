package io.vnetlint.hcl.syntax;

import static io.vnetlint.hcl.syntax.Hcl.assertRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies, attributes, blocks, labels and comments, with exact ranges (several cases from hclsyntax's tests). */
class StructureTest {

  @Test
  void emptyFile() {
    Body body = Hcl.body("");
    assertThat(body.items()).isEmpty();
    assertRange(body.range(), "1:1-1:1 0-0");
    assertRange(body.endRange(), "1:1-1:1 0-0");
  }

  @Test
  void emptyBlock() {
    Body file = Hcl.body("block {}\n");
    Block block = file.blocks().get(0);
    assertThat(block.type()).isEqualTo("block");
    assertThat(block.labels()).isEmpty();
    assertRange(block.typeRange(), "1:1-1:6 0-5");
    assertRange(block.openBraceRange(), "1:7-1:8 6-7");
    assertRange(block.closeBraceRange(), "1:8-1:9 7-8");
    assertRange(block.range(), "1:1-1:9 0-8");
    assertRange(block.body().range(), "1:7-1:9 6-8");
    assertRange(block.body().endRange(), "1:9-1:9 8-8");
    assertRange(file.range(), "1:1-2:1 0-9");
    assertRange(file.endRange(), "2:1-2:1 9-9");
  }

  @Test
  void quotedAndBareLabels() {
    Block block = Hcl.body("resource \"azurerm_subnet\" this {}\n").blocks().get(0);
    assertThat(block.labelValues()).containsExactly("azurerm_subnet", "this");
    assertRange(block.labels().get(0).range(), "1:10-1:26 9-25");
    assertRange(block.labels().get(1).range(), "1:27-1:31 26-30");
    assertRange(block.headerRange(), "1:1-1:33 0-32");
  }

  @Test
  void labelEscapesAreResolved() {
    HclParseResult r = Hcl.parse("block \"f\\o\" {}\nblock \"f\\n\" {}\n");
    assertThat(Hcl.summaries(r)).containsExactly("Invalid escape sequence @ 1:9-1:11");
    assertThat(r.file().body().blocks()).extracting(b -> b.labelValues().get(0)).containsExactly("fo", "f\n");
  }

  @Test
  void attributesAndBlocksKeepSourceOrder() {
    Body body = Hcl.body("a = 1\nblock {}\nb = 2\n");
    assertThat(body.items()).extracting(i -> i instanceof Attribute a ? a.name() : ((Block) i).type())
        .containsExactly("a", "block", "b");
    Attribute a = body.attribute("a").orElseThrow();
    assertRange(a.nameRange(), "1:1-1:2 0-1");
    assertRange(a.equalsRange(), "1:3-1:4 2-3");
    assertRange(a.range(), "1:1-1:6 0-5");
  }

  @Test
  void oneLineBlockHoldsOneAttribute() {
    Block block = Hcl.body("a { b = 1 }\n").blocks().get(0);
    Attribute b = block.body().attribute("b").orElseThrow();
    assertRange(b.range(), "1:5-1:10 4-9");
    assertRange(block.body().range(), "1:5-1:10 4-9");
    assertRange(block.range(), "1:1-1:12 0-11");
  }

  @Test
  void commentsAreKeptAndLineCommentsEndAttributes() {
    String text = "# leading\na = 1 # trailing\n/* block */ b = \"x\"\n// slashes\n";
    HclParseResult r = Hcl.parse(text);
    assertThat(r.diagnostics()).isEmpty();
    Body body = r.file().body();
    assertRange(body.attribute("a").orElseThrow().range(), "2:1-2:6 10-15");
    assertRange(body.attribute("b").orElseThrow().nameRange(), "3:13-3:14 39-40");
    assertRange(body.attribute("b").orElseThrow().range(), "3:13-3:20 39-46");
    assertThat(r.file().comments()).extracting(Comment::text)
        .containsExactly("# leading", "# trailing", "/* block */", "// slashes");
    assertThat(r.file().comments()).extracting(Comment::content)
        .containsExactly("leading", "trailing", "block", "slashes");
    assertRange(r.file().comments().get(0).range(), "1:1-1:10 0-9");
    assertRange(r.file().comments().get(1).range(), "2:7-2:17 16-26");
    assertRange(r.file().comments().get(2).range(), "3:1-3:12 27-38");
    assertRange(r.file().comments().get(3).range(), "4:1-4:11 47-57");
  }

  @Test
  void multiLineBlockCommentIsWhitespaceNotNewline() {
    HclParseResult r = Hcl.parse("a = 1 /*\n*/ b = 2\n");
    assertThat(Hcl.summaries(r)).containsExactly("Missing newline after argument @ 2:4-2:5");
  }

  @Test
  void bomAndCrlf() throws Exception {
    byte[] utf8 = "a = 1\r\nb = \"é\"\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[utf8.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bytes, 3, utf8.length);
    HclParseResult r = HclParser.parse(SourceText.decode("main.tf", bytes));
    assertThat(r.diagnostics()).isEmpty();
    Body body = r.file().body();
    assertRange(body.attribute("a").orElseThrow().range(), "1:1-1:6 3-8");
    Attribute b = body.attribute("b").orElseThrow();
    assertRange(b.range(), "2:1-2:8 10-18");
    assertThat(((TemplateExpr) b.expr()).literalValue()).isEqualTo("é");
  }

  @Test
  void bomCharacterLeftInTextIsSkipped() {
    Body body = Hcl.body("\uFEFFa = 1\n");
    assertThat(body.attribute("a")).isPresent();
  }

  @Test
  void redefinedAttributeIsReportedAndTheFirstKept() {
    HclParseResult r = Hcl.parse("a = 1\na = 2\n");
    assertThat(Hcl.messages(r)).containsExactly("Attribute redefined; The argument \"a\" was already set at "
        + "main.tf:1,1-2. Each argument may be set only once.");
    assertRange(r.diagnostics().get(0).range(), "2:1-2:2 6-7");
    assertThat(r.file().body().attributes()).hasSize(1);
    assertThat(((LiteralValue) r.file().body().attributes().get(0).expr()).value()).isEqualTo(
        new java.math.BigDecimal("1"));
  }

  @Test
  void nestedBlocks() {
    Body body = Hcl.body("resource \"azurerm_virtual_network\" \"hub\" {\n  subnet {\n    name = \"gw\"\n  }\n"
        + "  subnet {\n    name = \"fw\"\n  }\n}\n");
    Block vnet = body.blocks().get(0);
    assertThat(vnet.body().blocks("subnet")).hasSize(2);
    Block subnet = vnet.body().blocks("subnet").get(1);
    assertRange(subnet.range(), "5:3-7:4 76-104");
  }
}
