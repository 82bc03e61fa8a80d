package io.vnetlint.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PositionedJsonReaderTest {

  private static Value read(String text) throws JsonSyntaxException {
    return PositionedJsonReader.read(SourceText.of("t.json", text));
  }

  private static void assertRange(SourceRange r, int startLine, int startColumn, int endLine, int endColumn) {
    assertThat(new int[] {r.startLine(), r.startColumn(), r.endLine(), r.endColumn()})
        .as(r.toString())
        .containsExactly(startLine, startColumn, endLine, endColumn);
  }

  private static JsonSyntaxException error(String text) {
    try {
      read(text);
    } catch (JsonSyntaxException e) {
      return e;
    }
    throw new AssertionError("no error for " + text);
  }

  @Test
  void everyNodeAndKeyHasItsExactRange() throws Exception {
    String text = """
        {
          "name": "hub",
          "n": -12.5,
          "flags": [true, false, null]
        }""";
    Value.Obj root = (Value.Obj) read(text);
    assertRange(root.range(), 1, 1, 5, 2);
    Value.Member name = root.member("name").orElseThrow();
    assertRange(name.keyRange(), 2, 3, 2, 9);
    assertRange(name.value().range(), 2, 11, 2, 16);
    assertRange(name.range(), 2, 3, 2, 16);
    assertThat(((Value.Str) name.value()).value()).isEqualTo("hub");
    Value.Num n = (Value.Num) root.get("n");
    assertThat(n.value()).isEqualByComparingTo(new BigDecimal("-12.5"));
    assertRange(n.range(), 3, 8, 3, 13);
    Value.Arr flags = (Value.Arr) root.get("flags");
    assertRange(flags.range(), 4, 12, 4, 31);
    assertRange(flags.items().get(0).range(), 4, 13, 4, 17);
    assertRange(flags.items().get(1).range(), 4, 19, 4, 24);
    assertRange(flags.items().get(2).range(), 4, 26, 4, 30);
  }

  @Test
  void acceptsCommentsTrailingCommasAndRawNewlinesInStrings() throws Exception {
    String text = "{\n"
        + "  // a line comment\n"
        + "  /* a block\n     comment */ \"a\": \"x\ny\",\n"
        + "  \"b\": [1, 2,],\n"
        + "}";
    Value.Obj root = (Value.Obj) read(text);
    Value.Str a = (Value.Str) root.get("a");
    assertThat(a.value()).isEqualTo("x\ny");
    assertRange(a.range(), 4, 22, 5, 3);
    assertThat(((Value.Arr) root.get("b")).items()).hasSize(2);
  }

  @Test
  void escapedStringsSpanTheirEscapes() throws Exception {
    Value.Obj root = (Value.Obj) read("{\"k\": \"a\\\"b\\u00e9\"}");
    Value.Str s = (Value.Str) root.get("k");
    assertThat(s.value()).isEqualTo("a\"bé");
    assertRange(s.range(), 1, 7, 1, 19);
  }

  @Test
  void nonAsciiStringsCountUtf16ColumnsAndUtf8Bytes() throws Exception {
    byte[] bytes = "{\"k\": \"né😀\", \"z\": 1}".getBytes(StandardCharsets.UTF_8);
    Value.Obj root = (Value.Obj) PositionedJsonReader.read(SourceDecoder.decode("t.json", bytes));
    Value.Str s = (Value.Str) root.get("k");
    assertThat(s.value()).isEqualTo("né😀");
    // the emoji is two UTF-16 code units and four UTF-8 bytes
    assertRange(s.range(), 1, 7, 1, 13);
    assertThat(s.range().startByte()).isEqualTo(6);
    assertThat(s.range().endByte()).isEqualTo(6 + 1 + 1 + 2 + 4 + 1);
    SourceRange z = root.member("z").orElseThrow().keyRange();
    assertRange(z, 1, 15, 1, 18);
  }

  @Test
  void crlfLineBreaksEndLines() throws Exception {
    String text = "{\r\n  \"a\": 1,\r\n  \"b\": \"x\"\r\n}\r\n";
    Value.Obj root = (Value.Obj) read(text);
    assertRange(root.get("a").range(), 2, 8, 2, 9);
    SourceRange b = root.member("b").orElseThrow().range();
    assertRange(b, 3, 3, 3, 11);
    assertThat(b.startByte()).isEqualTo(text.indexOf("\"b\""));
    assertRange(root.range(), 1, 1, 4, 2);
  }

  @Test
  void aByteOrderMarkShiftsBytesButNotColumns() throws Exception {
    byte[] body = "{\"a\": \"b\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
    Value.Obj root = (Value.Obj) PositionedJsonReader.read(SourceDecoder.decode("t.json", bytes));
    SourceRange a = root.get("a").range();
    assertRange(a, 1, 7, 1, 10);
    assertThat(a.startByte()).isEqualTo(3 + 6);
  }

  @Test
  void utf16FilesWithAByteOrderMarkAreRead() throws Exception {
    String text = "{\n  \"name\": \"vnet-ü\"\n}";
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    Value.Obj root = (Value.Obj) PositionedJsonReader.read(SourceDecoder.decode("t.json", bytes));
    Value.Str name = (Value.Str) root.get("name");
    assertThat(name.value()).isEqualTo("vnet-ü");
    assertRange(name.range(), 2, 11, 2, 19);
    assertThat(name.range().startByte()).isEqualTo(2 + 2L * text.indexOf("\"vnet"));
  }

  @Test
  void aRepeatedKeyKeepsTheLastValue() throws Exception {
    Value.Obj root = (Value.Obj) read("{\"a\": 1, \"a\": 2}");
    assertThat(root.members()).hasSize(1);
    assertThat(((Value.Num) root.get("a")).value()).isEqualByComparingTo("2");
  }

  @Test
  void emptyInputIsAnErrorAtTheStart() {
    JsonSyntaxException e = error("  \n ");
    assertThat(e.getMessage()).isEqualTo("empty file");
    assertRange(e.range(), 1, 1, 1, 1);
  }

  @Test
  void truncatedInputIsAnErrorAtTheEnd() {
    JsonSyntaxException e = error("{\n  \"a\": [1, 2");
    assertThat(e.getMessage()).doesNotContain("Source").doesNotContain("\n").contains("end-of-input");
    assertThat(e.range().startLine()).isEqualTo(2);
    assertThat(e.range().startColumn()).isEqualTo(13);
  }

  @Test
  void badTokensAreOneLineErrorsWithoutJacksonNoise() {
    JsonSyntaxException e = error("{\"a\" 1}");
    assertThat(e.getMessage()).startsWith("Unexpected character ('1'").doesNotContain("Source").doesNotContain("\n");
    assertRange(e.range(), 1, 6, 1, 7);
    JsonSyntaxException token = error("{\"a\": tru}");
    assertThat(token.getMessage()).startsWith("Unrecognized token 'tru'");
  }

  @Test
  void contentAfterTheValueIsAnError() {
    JsonSyntaxException e = error("{} {}");
    assertThat(e.getMessage()).isEqualTo("unexpected content after the end of the JSON value");
    assertRange(e.range(), 1, 4, 1, 5);
  }

  @Test
  void deepNestingIsAPositionedErrorNotAStackOverflow() {
    String text = "[".repeat(10_000) + "]".repeat(10_000);
    JsonSyntaxException e = error(text);
    assertThat(e.getMessage()).isEqualTo("nesting deeper than 500 levels");
    assertRange(e.range(), 1, 501, 1, 502);
  }

  @Test
  void nestingUpToTheLimitIsRead() throws Exception {
    Value v = read("[".repeat(500) + "]".repeat(500));
    assertThat(v).isInstanceOf(Value.Arr.class);
  }

  @Test
  void streamConstraintsBecomePositionedErrors() {
    String text = "{\n  \"n\": " + "1".repeat(2000) + "\n}";
    JsonSyntaxException e = error(text);
    assertThat(e.getMessage()).contains("Number value length").doesNotContain("\n");
    assertThat(e.range().startLine()).isEqualTo(2);
  }

  @Test
  void overlongKeysArePositionedErrors() {
    JsonSyntaxException e = error("{\n  \"" + "k".repeat(60_000) + "\": 1}");
    assertThat(e.getMessage()).startsWith("Name length (60000) exceeds the maximum allowed").doesNotContain("\n");
    assertThat(e.range().startLine()).isEqualTo(2);
  }

  @Test
  void malformedUtf8IsAPositionedError() {
    byte[] bytes = "{\n  \"a\": \"x\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> SourceDecoder.decode("t.json", bytes))
        .isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("malformed UTF-8 at byte 11 (the file must be UTF-8, or UTF-16 with a "
              + "byte order mark)");
          assertRange(e.range(), 2, 10, 2, 10);
        });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
